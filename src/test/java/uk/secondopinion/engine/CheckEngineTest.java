package uk.secondopinion.engine;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.secondopinion.engine.report.CheckReport;
import uk.secondopinion.engine.report.Finding;
import uk.secondopinion.engine.report.Redactor;

import static org.assertj.core.api.Assertions.assertThat;

class CheckEngineTest {

	private static final CheckEngine ENGINE = CheckEngine.fromClasspath();

	private static final PostContext ANONYMOUS_PUBLIC = new PostContext(Platform.TWITTER, Audience.PUBLIC, false);

	private static final PostContext NAMED_PUBLIC = new PostContext(Platform.TWITTER, Audience.PUBLIC, true);

	private static List<Category> categories(String draft, PostContext context) {
		return ENGINE.check(draft, context).findings().stream().map(Finding::category).distinct().toList();
	}

	@Test
	void aCleanDraftHasNoFindingsAndNoRisk() {
		CheckReport report = ENGINE.check("Flu jabs are free for over-65s this autumn. Ask your pharmacy.",
				NAMED_PUBLIC);
		assertThat(report.findings()).isEmpty();
		assertThat(report.riskLevel()).isEqualTo(RiskLevel.NONE);
		assertThat(report.saferText()).isEqualTo(report.maskedText())
			.isEqualTo("Flu jabs are free for over-65s this autumn. Ask your pharmacy.");
	}

	@Test
	void everyExcerptIsTheDraftBetweenItsOffsets() {
		String draft = "😂😂 Mrs Ellery in bed 9 asked for her NHS no 999 000 0018 back 🙄 some people never learn";
		CheckReport report = ENGINE.check(draft, NAMED_PUBLIC);
		assertThat(report.findings()).isNotEmpty();
		for (Finding finding : report.findings()) {
			assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(finding.excerpt());
		}
	}

	@Test
	void masksIdentifiersWithoutMovingAnyOffset() {
		String draft = "Chasing a referral for NHS no 999 000 0018, DOB 02/09/1953. Any ideas?";
		CheckReport report = ENGINE.check(draft, NAMED_PUBLIC);
		assertThat(report.maskedText()).hasSameSizeAs(draft)
			.doesNotContain("999 000 0018")
			.doesNotContain("02/09/1953")
			.contains("NHS no " + "\u2588\u2588\u2588 \u2588\u2588\u2588 \u2588\u2588\u2588\u2588");
		assertThat(report.saferText())
			.isEqualTo("Chasing a referral for NHS no [NHS number], DOB [date of birth]. Any ideas?");
		assertThat(report.riskLevel()).isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void theMaskedTextNeverRevealsAMaskedPassage() {
		String draft = "RIP Jim Atherton, 88, the best allotment in Hebbleworth.";
		CheckReport report = ENGINE.check(draft, NAMED_PUBLIC);
		assertThat(report.maskedText()).doesNotContain("Jim Atherton").hasSameSizeAs(draft);
		for (Finding finding : report.findings()) {
			if (finding.masked()) {
				assertThat(Redactor.mask(draft, report.findings()).substring(finding.start(), finding.end()))
					.matches("[\\u2588\\s]+");
			}
		}
	}

	@Nested
	class Context {

		@Test
		void saysADoctorPostingAnonymouslyInPublicShouldUsuallyGiveTheirName() {
			assertThat(categories("As a GP I'd urge you all to get the flu jab.", ANONYMOUS_PUBLIC))
				.contains(Category.ANONYMITY);
			assertThat(categories("As a GP I'd urge you all to get the flu jab.", NAMED_PUBLIC))
				.doesNotContain(Category.ANONYMITY);
		}

		@Test
		void aRestrictedAudienceLowersTheAnonymityRiskButNotTheConfidentialityRisk() {
			String draft = "As a GP: Mrs Khan in bed 12 needs her dressing done before 2.";
			PostContext restricted = new PostContext(Platform.FORUM, Audience.RESTRICTED, false);
			assertThat(categories(draft, ANONYMOUS_PUBLIC)).contains(Category.ANONYMITY, Category.CONFIDENTIALITY);
			assertThat(categories(draft, restricted)).contains(Category.CONFIDENTIALITY)
				.doesNotContain(Category.ANONYMITY);
		}

	}

	@Nested
	class Meaning {

		@ParameterizedTest
		@ValueSource(strings = { "I would never accept a friend request from a patient.",
				"I don't accept friend requests from patients, past or present.",
				"A patient sent me a friend request, which I politely declined." })
		void negationIsNotAConfession(String draft) {
			assertThat(categories(draft, NAMED_PUBLIC)).doesNotContain(Category.BOUNDARIES);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Not gonna lie I accepted a friend request from a patient.",
				"Couldn't resist accepting a friend request from a patient.",
				"No shame I accepted a friend request from a patient." })
		void aSetPhraseThatStartsWithANegationIsStillAConfession(String draft) {
			assertThat(categories(draft, NAMED_PUBLIC)).contains(Category.BOUNDARIES);
		}

		@ParameterizedTest
		@ValueSource(strings = { "What would you do if a patient sent you a friend request?",
				"Imagine a patient adds you on Facebook after discharge. Do you accept?" })
		void aHypotheticalIsNotAConfession(String draft) {
			assertThat(categories(draft, NAMED_PUBLIC)).doesNotContain(Category.BOUNDARIES);
		}

		@ParameterizedTest
		@ValueSource(strings = { "Patients with asthma should check their inhaler technique with a pharmacist.",
				"If you have had a cough for three weeks, please see your GP.",
				"Shingles gives a painful band of rash on one side. See your GP early if you think you have it." })
		void generalTeachingIsNotIndividualAdvice(String draft) {
			assertThat(categories(draft, NAMED_PUBLIC)).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "Gave my first flu shot of the season today, only 300 to go!",
				"Discharge summaries done, home by seven for once.",
				"Our audit of alcohol-related admissions is out in the BMJ today.",
				"Three drunk patients in resus tonight; please drink water between pints." })
		void clinicalVocabularyIsNotMisconduct(String draft) {
			assertThat(categories(draft, NAMED_PUBLIC)).isEmpty();
		}

		/**
		 * The drinking rules read "four days off" anywhere in the post, and the learned
		 * layer now does too: its sentence about the wine holds no cue of its own.
		 */
		@Test
		void aDrinkOnDaysOffIsTheAuthorsOwnTimeWhereverThePostSaysSo() {
			assertThat(categories("Last night shift of the block done, four days off. "
					+ "Tonight's plan: a large glass of merlot, a rubbish film and the sofa \uD83C\uDF77\uD83D\uDECB\uFE0F",
					NAMED_PUBLIC))
				.isEmpty();
		}

		@Test
		void reportedWordsDoNotHideWhatTheAuthorDidNext() {
			assertThat(categories("A patient told me she was lonely, so I added her on Facebook.", NAMED_PUBLIC))
				.contains(Category.BOUNDARIES);
			assertThat(categories("A patient told me her GP had added her on Facebook, which upset her.", NAMED_PUBLIC))
				.doesNotContain(Category.BOUNDARIES);
		}

		@Test
		void quotingAbuseIsNotAbuse() {
			assertThat(categories("A relative called me a 'useless cow' today. Water off a duck's back.", NAMED_PUBLIC))
				.doesNotContain(Category.TONE);
		}

		@Test
		void aThreatQuotedAndThenAttributedIsSomeoneElses() {
			assertThat(categories("'I know where you live.' Said to me in majors tonight. Reported to security.",
					NAMED_PUBLIC))
				.doesNotContain(Category.TONE);
			assertThat(categories("'I know where you live.' Reported to security.", NAMED_PUBLIC))
				.contains(Category.TONE);
		}

		@Test
		void aLoneGenericPatientIsNotIdentifiable() {
			assertThat(categories("A patient taught me something about kindness today.", NAMED_PUBLIC)).isEmpty();
		}

		@Test
		void detailsThatCombineIdentifyAPatient() {
			CheckReport report = ENGINE.check(
					"Fascinating one on AMU today: 34F, 28 weeks pregnant, Takayasu's arteritis! Bay 3, Ward 12.",
					NAMED_PUBLIC);
			Finding combined = report.findings()
				.stream()
				.filter((f) -> f.ruleId().equals("CONF_IDENTIFIABLE_COMBINATION"))
				.findFirst()
				.orElseThrow();
			assertThat(combined.message()).contains("an age").contains("a ward or bed");
			assertThat(combined.evidence()).hasSizeGreaterThan(2);
			assertThat(report.maskedText()).doesNotContain("34F").doesNotContain("Bay 3");
		}

	}

	@Nested
	class DisguisedWords {

		@ParameterizedTest
		@ValueSource(strings = { "The agency staff were f***ing useless tonight", "Management are s h i t at listening",
				"The agency staff were f.u.c.k.i.n.g useless tonight", "The agency staff were fuuuucking useless",
				"The agency staff were f\u200Bucking useless", "The agency staff were ｆｕｃｋｉｎｇ useless",
				"The agency staff were \uD835\uDC1F\uD835\uDC2E\uD835\uDC1C\uD835\uDC24\uD835\uDC22\uD835\uDC27\uD835\uDC20 useless",
				"Management are sh1t at listening", "Management are ѕhit at listening" })
		void areStillCaughtWithOffsetsIntoTheOriginal(String draft) {
			CheckReport report = ENGINE.check(draft, NAMED_PUBLIC);
			assertThat(report.findings()).anySatisfy((finding) -> {
				assertThat(finding.category()).isEqualTo(Category.TONE);
				assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(finding.excerpt());
			});
		}

		@Test
		void ordinaryWordsWithDigitsAreLeftAlone() {
			assertThat(categories("Vitamin B12 levels and covid19 boosters: both on the agenda at 3pm.", NAMED_PUBLIC))
				.doesNotContain(Category.TONE);
		}

	}

}
