package uk.secondopinion.casebook;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.secondopinion.check.CheckResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Presenter mode: every step is in the page, the server marks the current one, the links
 * move one step, and the page needs nothing but its own script and style sheet. The steps
 * are the post, one per finding the engine makes now (so the rules may change freely),
 * and the learning point. Scenario 6, "A tweet after drinks", has at least two.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PresenterTests {

	static final long SCENARIO = 6;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Casebook casebook;

	private List<CheckResult.FindingResult> findings;

	private int last;

	@BeforeEach
	void findingsNow() {
		this.findings = this.casebook.findings(this.casebook.find(SCENARIO).orElseThrow()).page().result().findings();
		assertThat(this.findings).hasSizeGreaterThanOrEqualTo(2);
		this.last = this.findings.size() + 1;
	}

	private Document step(int step) throws Exception {
		String html = this.mvc.perform(get("/casebook/" + SCENARIO + "/present").param("step", String.valueOf(step)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static Element shown(Document page) {
		List<Element> shown = page.select("[data-step-panel]:not([hidden])");
		assertThat(shown).hasSize(1);
		return shown.get(0);
	}

	@Test
	void theFirstStepShowsThePostAndHidesEveryFinding() throws Exception {
		Document page = step(0);
		assertThat(page.getElementById("presenter").attr("data-step")).isEqualTo("0");
		assertThat(page.getElementById("presenter").attr("data-last-step")).isEqualTo(String.valueOf(this.last));
		assertThat(page.select("[data-step-panel]")).hasSize(this.last + 1);
		assertThat(shown(page).attr("data-step-panel")).isEqualTo("0");
		assertThat(page.select(".presenter__passage.is-current, .presenter__passage.is-revealed")).isEmpty();
		assertThat(page.select(".presenter__draft").text()).contains("on call at 8 tomorrow");
	}

	@Test
	void eachStepRevealsOneFindingWithItsPassageAndGuidance() throws Exception {
		for (CheckResult.FindingResult finding : this.findings) {
			Document page = step(finding.number());
			Element panel = shown(page);
			assertThat(panel.attr("data-step-panel")).isEqualTo(String.valueOf(finding.number()));
			assertThat(panel.text()).contains("Finding " + finding.number() + " of " + this.findings.size(),
					finding.title(), finding.guidance().get(0).document());
			assertThat(page.select(".presenter__passage.is-current")).isNotEmpty()
				.allSatisfy((passage) -> assertThat(passage.attr("data-findings").split(" "))
					.contains(String.valueOf(finding.number())));
			assertThat(page.select(".presenter__passage.is-revealed"))
				.allSatisfy((passage) -> assertThat(passage.attr("data-findings").split(" "))
					.noneMatch((number) -> Integer.parseInt(number) >= finding.number()));
		}
		assertThat(step(this.findings.size()).select(".presenter__passage.is-revealed")).isNotEmpty();
	}

	@Test
	void theLastStepShowsTheLearningPointAndQuestions() throws Exception {
		assertThat(shown(step(this.last)).text()).contains("Learning point",
				"Does deleting it the next morning fix it?");
	}

	@Test
	void theLinksMoveOneStepAndStopAtEitherEnd() throws Exception {
		Document middle = step(1);
		assertThat(middle.selectFirst("[data-nav=previous]").attr("href")).endsWith("step=0");
		assertThat(middle.selectFirst("[data-nav=next]").attr("href")).endsWith("step=2");
		assertThat(step(0).selectFirst("[data-nav=previous]").attr("href")).endsWith("step=0");
		Document beyond = step(99);
		assertThat(beyond.getElementById("presenter").attr("data-step")).isEqualTo(String.valueOf(this.last));
		assertThat(beyond.selectFirst("[data-nav=next]").attr("href")).endsWith("step=" + this.last);
	}

	@Test
	void thePageLoadsNothingButItsOwnScriptAndStyleSheet() throws Exception {
		Document page = step(0);
		assertThat(page.select("script[src]")).extracting((script) -> script.attr("src"))
			.containsExactly("/js/presenter.js");
		assertThat(page.select("link[rel=stylesheet]")).extracting((link) -> link.attr("href"))
			.containsExactly("/css/presenter.css");
		assertThat(page.select("img, iframe, object, script:not([src])")).isEmpty();
		assertThat(page.select("[style]")).isEmpty();
	}

}
