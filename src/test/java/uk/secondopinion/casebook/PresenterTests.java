package uk.secondopinion.casebook;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Presenter mode: every step is in the page, the server marks the current one, the links
 * move one step, and the page needs nothing but its own script and style sheet. Scenario
 * 6 ("A tweet after drinks") has two findings: drinking before work, then the jibe at the
 * consultant, so its steps are the post, two findings and the learning point.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PresenterTests {

	@Autowired
	private MockMvc mvc;

	private Document step(int step) throws Exception {
		String html = this.mvc.perform(get("/casebook/6/present").param("step", String.valueOf(step)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	@Test
	void theFirstStepShowsThePostAndHidesEveryFinding() throws Exception {
		Document page = step(0);
		assertThat(page.getElementById("presenter").attr("data-step")).isEqualTo("0");
		assertThat(page.getElementById("presenter").attr("data-last-step")).isEqualTo("3");
		assertThat(page.select("[data-step-panel]")).hasSize(4);
		assertThat(page.select("[data-step-panel]:not([hidden])")).extracting((panel) -> panel.attr("data-step-panel"))
			.containsExactly("0");
		assertThat(page.select(".presenter__passage.is-current, .presenter__passage.is-revealed")).isEmpty();
		assertThat(page.select(".presenter__draft").text()).contains("on call at 8 tomorrow");
	}

	@Test
	void eachStepRevealsOneFindingWithItsPassageAndGuidance() throws Exception {
		Document first = step(1);
		Element shown = first.selectFirst("[data-step-panel]:not([hidden])");
		assertThat(shown.attr("data-step-panel")).isEqualTo("1");
		assertThat(shown.text()).contains("Finding 1 of 2", "Drunk or hungover around work", "Good medical practice");
		assertThat(first.select(".presenter__passage.is-current")).isNotEmpty()
			.allSatisfy((passage) -> assertThat(passage.attr("data-findings").split(" ")).contains("1"));

		Document second = step(2);
		assertThat(second.selectFirst("[data-step-panel]:not([hidden])").text()).contains("Finding 2 of 2", "dinosaur");
		assertThat(second.select(".presenter__passage.is-current").text()).contains("dinosaur");
		assertThat(second.select(".presenter__passage.is-revealed").text()).contains("Few beers");
	}

	@Test
	void theLastStepShowsTheLearningPointAndQuestions() throws Exception {
		Element shown = step(3).selectFirst("[data-step-panel]:not([hidden])");
		assertThat(shown.text()).contains("Learning point", "Does deleting it the next morning fix it?");
	}

	@Test
	void theLinksMoveOneStepAndStopAtEitherEnd() throws Exception {
		Document middle = step(1);
		assertThat(middle.selectFirst("[data-nav=previous]").attr("href")).endsWith("step=0");
		assertThat(middle.selectFirst("[data-nav=next]").attr("href")).endsWith("step=2");
		assertThat(step(0).selectFirst("[data-nav=previous]").attr("href")).endsWith("step=0");
		Document beyond = step(99);
		assertThat(beyond.getElementById("presenter").attr("data-step")).isEqualTo("3");
		assertThat(beyond.selectFirst("[data-nav=next]").attr("href")).endsWith("step=3");
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
