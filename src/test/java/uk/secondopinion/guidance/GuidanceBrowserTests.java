package uk.secondopinion.guidance;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.secondopinion.engine.CheckEngine;
import uk.secondopinion.engine.guidance.GuidancePoint;
import uk.secondopinion.engine.rules.Example;
import uk.secondopinion.engine.rules.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class GuidanceBrowserTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CheckEngine engine;

	private Document browse(String... params) throws Exception {
		var request = get("/guidance");
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Test
	void everyGuidancePointIsListedWithTheRulesThatCiteIt() throws Exception {
		Document page = browse();
		for (GuidancePoint point : this.engine.guidance().all()) {
			Element entry = page.getElementById(point.id());
			assertThat(entry).as(point.id()).isNotNull();
			assertThat(entry.text()).contains(point.body(), point.reference(), point.summary());
			assertThat(entry.select("a[href=\"" + point.url() + "\"]")).isNotEmpty();
			long citing = this.engine.ruleSet()
				.rules()
				.stream()
				.filter((rule) -> rule.guidance().contains(point.id()))
				.count();
			assertThat(entry.select("details.app-rule")).as(point.id()).hasSize((int) citing);
		}
	}

	@Test
	void everyExampleOfEveryRuleIsCheckableInOneClick() throws Exception {
		Document page = browse();
		for (Rule rule : this.engine.ruleSet().rules()) {
			for (int number = 1; number <= rule.examples().size(); number++) {
				assertThat(page.select("a[href=\"/demo?rule=" + rule.id() + "&example=" + number + "\"]"))
					.as("%s example %d", rule.id(), number)
					.isNotEmpty();
			}
		}
	}

	@Test
	void aFlaggedExampleHighlightsThePassageTheRuleFlags() throws Exception {
		Rule rule = this.engine.ruleSet().rules().get(0);
		Example flagged = rule.examples().stream().filter(Example::flagged).findFirst().orElseThrow();
		Element entry = browse().getElementById(rule.guidance().get(0));
		Element citing = entry.select("details.app-rule")
			.stream()
			.filter((details) -> details.text().contains(rule.id()))
			.findFirst()
			.orElseThrow();
		assertThat(citing.select(".app-example--flagged mark").eachText())
			.contains(flagged.text().substring(flagged.start(), flagged.end()));
		assertThat(citing.select(".app-example--passed")).isNotEmpty();
	}

	@Test
	void searchNarrowsByWordsBodyAndRisk() throws Exception {
		Document friend = browse("q", "friend request");
		assertThat(friend.getElementById("BMA-SM-2011-FRIEND-REQUESTS")).isNotNull();
		assertThat(friend.getElementById("GMC-GMP-2024-89")).isNull();

		Document rcgp = browse("body", "RCGP");
		assertThat(rcgp.select(".app-guidance")).isNotEmpty()
			.allSatisfy((entry) -> assertThat(entry.id()).startsWith("RCGP-"));

		Document coi = browse("category", "CONFLICT_OF_INTEREST");
		assertThat(coi.getElementById("GMC-GMP-2024-90")).isNotNull();
		assertThat(coi.getElementById("GMC-SM-2024-18")).isNull();
		assertThat(coi.select("details.app-rule"))
			.allSatisfy((rule) -> assertThat(rule.text()).contains("Undeclared conflict of interest"));
	}

	@Test
	void aSearchThatFindsNothingSaysSo() throws Exception {
		this.mvc.perform(get("/guidance").param("q", "zebra crossing"))
			.andExpect(content().string(containsString("0 of")))
			.andExpect(content().string(containsString("Show all the guidance")));
	}

}
