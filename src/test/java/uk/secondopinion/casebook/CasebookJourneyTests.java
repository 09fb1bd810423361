package uk.secondopinion.casebook;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.secondopinion.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A trainer's journeys through the casebook, presenter mode, the guidance browser and the
 * live demo in a real browser, each page checked for accessibility as it is shown.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CasebookJourneyTests {

	static Browser browser;

	@LocalServerPort
	int port;

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

	int step() {
		return Integer.parseInt(browser.find("#presenter").getDomAttribute("data-step"));
	}

	long resourcesLoaded() {
		return ((Number) browser.script("return performance.getEntriesByType('resource').length")).longValue();
	}

	@Test
	void aTrainerPresentsAScenarioFromTheKeyboardWithoutFurtherRequests() {
		browser.open(url("/casebook"));
		browser.clickThrough(browser.find("a[href='/casebook/6']"));
		assertThat(browser.find("h1").getText()).isEqualTo("A tweet after drinks");
		browser.screenshot("casebook-scenario");

		browser.driver().get(url("/casebook/6/present"));
		browser.assertAccessible();
		long loaded = resourcesLoaded();
		int last = Integer.parseInt(browser.find("#presenter").getDomAttribute("data-last-step"));
		Actions keys = new Actions(browser.driver());

		keys.sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(step()).isEqualTo(1);
		assertThat(browser.find("[data-step-panel='1']").isDisplayed()).isTrue();
		assertThat(browser.find("[data-step-panel='0']").isDisplayed()).isFalse();
		assertThat(browser.findAll(".presenter__passage.is-current")).isNotEmpty();
		assertThat(browser.find("#presenter-status").getText()).startsWith("Step 2 of");
		assertThat(browser.driver().getCurrentUrl()).endsWith("step=1");

		keys.sendKeys(Keys.SPACE).perform();
		assertThat(step()).isEqualTo(2);
		assertThat(browser.findAll(".presenter__passage.is-revealed")).isNotEmpty();
		keys.sendKeys(Keys.ARROW_LEFT).perform();
		assertThat(step()).isEqualTo(1);
		keys.sendKeys(Keys.END).perform();
		assertThat(step()).isEqualTo(last);
		assertThat(browser.find("[data-step-panel='" + last + "']").getText()).contains("Learning point");
		browser.screenshot("presenter-learning-point");
		browser.find("[data-nav=previous]").click();
		assertThat(step()).isEqualTo(last - 1);
		assertThat(resourcesLoaded()).as("requests made while presenting").isEqualTo(loaded);
		browser.assertAccessible();
	}

	@Test
	void anExampleInTheGuidanceBrowserIsCheckedLiveInOneClick() {
		browser.open(url("/guidance?q=friend+request"));
		browser.find("details.app-rule summary").click();
		browser.clickThrough(browser.find("details.app-rule[open] .app-example--flagged .app-example__check"));
		assertThat(browser.find("h1").getText()).isEqualTo("Live demo");
		browser.waitUntil((driver) -> browser.find("#live-summary").getText().startsWith("Risk so far"));
		assertThat(browser.findAll("#live-findings li")).isNotEmpty();
	}

	@Test
	void theLiveDemoFollowsTheTrainersTyping() {
		browser.open(url("/demo"));
		browser.find("#text").sendKeys("As an F1 I accepted a friend request from my patient");
		browser.waitUntil((driver) -> !browser.findAll("#live-findings li").isEmpty());
		assertThat(browser.find("#live-summary").getText()).startsWith("Risk so far");
		browser.find("#text").clear();
		browser.find("#text").sendKeys("Flu jabs are free for over-65s this autumn.");
		browser.waitUntil((driver) -> browser.findAll("#live-findings li").isEmpty());
		browser.screenshot("live-demo");
		browser.assertAccessible();
	}

	@Test
	void withoutJavaScriptTheDemoAndPresenterStillWork() {
		try (Browser plain = Browser.startWithoutJavaScript(browser)) {
			plain.open(url("/demo?scenario=9"));
			assertThat(plain.find(".app-demo__result").getText()).contains("Patient confidentiality");
			plain.driver().get(url("/casebook/6/present"));
			plain.find("[data-nav=next]").click();
			plain.waitUntil((driver) -> "1".equals(plain.find("#presenter").getDomAttribute("data-step")));
			assertThat(plain.find("[data-step-panel='1']").isDisplayed()).isTrue();
		}
	}

}
