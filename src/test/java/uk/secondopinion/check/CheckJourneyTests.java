package uk.secondopinion.check;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.secondopinion.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A doctor's journeys through the check pages in a real browser, with each page checked
 * for accessibility as it is shown, and a screenshot of each journey.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckJourneyTests {

	static final String RISKY_DRAFT = "Night shift again. Mr Okafor in bed 12 pulled his cannula out twice, what an idiot. "
			+ "NHS number 943 476 5919 if anyone wants to complain.";

	static final String CLEAN_DRAFT = "Flu jabs are free for over-65s this autumn. Ask your pharmacy.";

	static final Map<String, Integer> SEVERITY_RANK = Map.of("High risk", 3, "Medium risk", 2, "Low risk", 1);

	static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void fillIn(Browser browser, String draft, String platform, boolean namedAccount) {
		browser.find("#text").clear();
		browser.find("#text").sendKeys(draft);
		new Select(browser.find("#platform")).selectByVisibleText(platform);
		browser.find(namedAccount ? "label[for=namedAccount]" : "label[for=namedAccount-no]").click();
	}

	@Test
	void aRiskyDraftIsHighlightedAndItsFindingsStayInStepWithThePassages() {
		browser.open(url("/"));
		fillIn(browser, RISKY_DRAFT, "Twitter/X", false);
		browser.clickThrough(browser.find("button[type=submit]"));

		assertThat(browser.find("h1").getText()).isEqualTo("Your check");
		assertThat(browser.find(".app-risk .nhsuk-tag").getText()).isEqualTo("High");
		assertThat(browser.driver().getPageSource()).doesNotContain("Okafor").doesNotContain("943 476 5919");
		List<WebElement> highlights = browser.findAll(".app-highlight");
		assertThat(highlights).hasSizeGreaterThanOrEqualTo(3);

		List<WebElement> cards = browser.findAll(".app-finding");
		List<Integer> ranks = cards.stream()
			.map((card) -> SEVERITY_RANK.get(card.findElement(By.cssSelector(".nhsuk-tag")).getText()))
			.toList();
		assertThat(ranks).as("findings, most serious first").isSortedAccordingTo((a, b) -> b - a);
		assertThat(cards)
			.allSatisfy((card) -> assertThat(card.findElements(By.cssSelector(".app-guidance a[href^='https://']")))
				.as("guidance links")
				.isNotEmpty());
		browser.screenshot("result-risky");

		WebElement first = cards.get(0);
		first.findElement(By.cssSelector(".app-finding__show")).click();
		String passageId = first.getDomAttribute("data-passages").split(" ")[0];
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo(passageId);
		assertThat(browser.focused().getDomAttribute("class")).contains("app-highlight--active");
		assertThat(first.getDomAttribute("class")).contains("app-finding--active");
		String title = first.findElement(By.cssSelector(".app-finding__title")).getText();
		browser.waitUntil((driver) -> browser.find("#announcer").getText().contains(title + ", is highlighted"));

		WebElement lastPassage = highlights.get(highlights.size() - 1);
		String findingNumber = lastPassage.getDomAttribute("data-findings").split(" ")[0];
		lastPassage.click();
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("finding-" + findingNumber);
		assertThat(browser.focused().getDomAttribute("class")).contains("app-finding--active");
		browser.waitUntil(
				(driver) -> browser.find("#announcer").getText().startsWith("Showing finding " + findingNumber + ":"));
		browser.assertAccessible();

		browser.find(".app-copy__button").click();
		browser.waitUntil((driver) -> !browser.find(".app-copy__status").getText().isEmpty());
		assertThat(browser.find(".app-copy__status").getText()).startsWith("Safer version copied");
		assertThat(browser.clipboard()).isEqualTo(browser.find("#safer-text").getText())
			.contains("[NHS number]")
			.doesNotContain("943 476 5919");

		browser.usePrintStyles(true);
		try {
			assertThat(browser.find(".nhsuk-header__navigation").isDisplayed()).isFalse();
			assertThat(browser.find(".app-keeping").isDisplayed()).as("delete button").isFalse();
			assertThat(browser.find(".app-copy__button").isDisplayed()).isFalse();
			assertThat(browser.findAll(".app-finding")).allMatch(WebElement::isDisplayed);
			assertThat(browser.find(".app-highlight").getCssValue("text-decoration-line")).isEqualTo("underline");
			browser.screenshot("result-printed");
		}
		finally {
			browser.usePrintStyles(false);
		}
	}

	@Test
	void aCleanDraftSaysSoAndThePrivacyPageSaysWhatIsKept() {
		browser.open(url("/"));
		fillIn(browser, CLEAN_DRAFT, "Facebook", true);
		browser.clickThrough(browser.find("button[type=submit]"));

		assertThat(browser.find(".app-risk .nhsuk-tag").getText()).isEqualTo("None found");
		assertThat(browser.find(".nhsuk-inset-text").getText()).contains("Nothing posted online is ever fully private");
		assertThat(browser.findAll(".app-highlight")).isEmpty();
		assertThat(browser.find("#draft").getText()).isEqualTo(CLEAN_DRAFT);
		browser.screenshot("result-clean");

		browser.clickThrough(browser.find(".nhsuk-footer a[href='/privacy']"));
		assertThat(browser.find("h1").getText()).isEqualTo("Privacy: what we keep");
		assertThat(browser.find("main").getText()).contains("We delete each check 30 days after you make it")
			.contains("never keep your draft as you wrote it")
			.contains("Delete this check")
			.contains("DELETE /api/v1/checks/{id}");
		assertThat(browser.find(".nhsuk-header__navigation-item--current").getText()).isEqualTo("Privacy");
		browser.screenshot("privacy");
	}

	@Test
	void liveFeedbackHighlightsRisksWhileTypingAndKeepsNothing() {
		int storedBefore = storedChecks();
		browser.open(url("/"));
		new Select(browser.find("#platform")).selectByVisibleText("Twitter/X");
		browser.find("label[for=namedAccount-no]").click();
		assertThat(browser.find("#live-feedback").isDisplayed()).isTrue();

		browser.find("#text").sendKeys(RISKY_DRAFT);
		browser.waitUntil((driver) -> browser.findAll("#live-findings li").size() >= 3);
		assertThat(browser.find("#live-summary").getText()).startsWith("Risk so far: High");
		assertThat(browser.findAll(".app-draft-editor__mark")).extracting(WebElement::getText)
			.contains("Mr Okafor", "943 476 5919");
		assertThat(browser.find(".app-character-count__status").getText())
			.isEqualTo("You have " + (280 - RISKY_DRAFT.length()) + " characters remaining for Twitter/X");

		browser.find("#text").sendKeys(" " + "More to say about the night. ".repeat(6));
		browser.waitUntil((driver) -> browser.find(".app-character-count__status").getText().contains("too many"));
		assertThat(browser.find(".app-character-count__status").getDomAttribute("class"))
			.contains("app-character-count--over");
		browser.waitUntil((driver) -> browser.findAll(".app-draft-editor__mark").size() >= 3);

		WebElement first = browser.find("#live-findings li");
		String excerpt = first.findElement(By.cssSelector("q")).getText();
		first.findElement(By.cssSelector("button")).click();
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("text");
		assertThat(browser.script("const t = arguments[0]; return t.value.substring(t.selectionStart, t.selectionEnd)",
				browser.find("#text")))
			.isEqualTo(excerpt);
		browser.assertAccessible();
		browser.screenshot("live-feedback");

		assertThat(storedChecks()).as("checks stored by live feedback").isEqualTo(storedBefore);
	}

	@Test
	void aBlankDraftKeepsTheChoicesAndFocusesTheErrorSummary() {
		browser.open(url("/"));
		new Select(browser.find("#platform")).selectByVisibleText("Facebook");
		browser.find("label[for=audience-2]").click();
		browser.clickThrough(browser.find("button[type=submit]"));

		assertThat(browser.driver().getTitle()).startsWith("Error:");
		assertThat(browser.focused().getDomAttribute("class")).contains("nhsuk-error-summary");
		assertThat(new Select(browser.find("#platform")).getFirstSelectedOption().getText()).isEqualTo("Facebook");
		assertThat(browser.find("#audience-2").isSelected()).isTrue();
		browser.screenshot("error-blank");

		browser.find(".nhsuk-error-summary a[href='#text']").click();
		assertThat(browser.focused().getDomAttribute("id")).isEqualTo("text");
	}

	@Test
	void aTooLongDraftIsKeptWhole() {
		String draft = "Keep me. ".repeat(2_400);
		browser.open(url("/"));
		browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))",
				browser.find("#text"), draft);
		browser.clickThrough(browser.find("button[type=submit]"));

		assertThat(browser.focused().getDomAttribute("class")).contains("nhsuk-error-summary");
		assertThat(browser.find(".nhsuk-error-summary").getText()).contains("21,600 characters");
		assertThat(browser.find("#text").getDomProperty("value")).isEqualTo(draft);
		browser.screenshot("error-too-long");
	}

	@Test
	void aDeletedCheckIsGone() {
		browser.open(url("/"));
		fillIn(browser, RISKY_DRAFT, "Forum", true);
		browser.clickThrough(browser.find("button[type=submit]"));
		String result = browser.driver().getCurrentUrl();

		browser.clickThrough(browser.find(".app-keeping button[type=submit]"));
		assertThat(browser.find(".nhsuk-inset-text").getText()).contains("Your check has been deleted.");
		browser.screenshot("deleted");

		browser.open(result);
		assertThat(browser.find("h1").getText()).isEqualTo("Page not found");
		browser.screenshot("not-found");
	}

	@Test
	void withJavaScriptOffTheFormAndResultStillWork() {
		try (Browser plain = Browser.startWithoutJavaScript(browser)) {
			plain.open(url("/"));
			assertThat(plain.find("#live-feedback").isDisplayed()).isFalse();
			plain.clickThrough(plain.find("button[type=submit]"));
			assertThat(plain.find(".nhsuk-error-summary").getText()).contains("Enter the text of your draft post");

			fillIn(plain, RISKY_DRAFT, "Instagram", false);
			plain.clickThrough(plain.find("button[type=submit]"));
			assertThat(plain.find(".app-risk .nhsuk-tag").getText()).isEqualTo("High");
			assertThat(plain.find(".app-copy__button").isDisplayed()).isFalse();

			WebElement passage = plain.find(".app-highlight");
			String target = passage.getDomAttribute("href");
			passage.click();
			assertThat(plain.driver().getCurrentUrl()).endsWith(target);
			assertThat(plain.focused().getDomAttribute("id")).isEqualTo(target.substring(1));
			plain.screenshot("no-javascript-result");
		}
	}

	@Test
	void onAPhoneScreenNothingOverflows() {
		try (Browser phone = Browser.start()) {
			phone.usePhoneScreen();
			phone.open(url("/"));
			phone.assertNothingOverflows();
			phone.find("#text")
				.sendKeys(RISKY_DRAFT + " Details at https://example.org/a-very-long-address-without-any-breaks-at-all-"
						+ "to-show-that-long-words-wrap");
			phone.waitUntil((driver) -> phone.findAll("#live-findings li").size() >= 3);
			phone.assertAccessible();
			phone.assertNothingOverflows();
			phone.screenshot("phone-form");

			phone.clickThrough(phone.find("button[type=submit]"));
			phone.assertNothingOverflows();
			phone.screenshot("phone-result");

			phone.useScreen(320, 256);
			phone.assertNothingOverflows();
			phone.open(url("/privacy"));
			phone.assertNothingOverflows();
		}
	}

	int storedChecks() {
		return this.jdbc.queryForObject("select count(*) from checks", Integer.class);
	}

}
