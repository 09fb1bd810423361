package uk.secondopinion.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The browser checks can fail: each catches the fault it is there for. */
class BrowserTests {

	static final String UNLABELLED_FIELD = "data:text/html,<!DOCTYPE html><html lang=en><head><title>Form</title></head>"
			+ "<body><main><h1>Form</h1><input type=text></main></body></html>";

	static final String TOO_WIDE = "data:text/html,<!DOCTYPE html><html lang=en><head><title>Wide</title>"
			+ "<meta name=viewport content='width=device-width'></head>"
			+ "<body><main><h1>Wide</h1><p id=wide style='width:500px'>Wide</p></main></body></html>";

	static Browser browser;

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

	@Test
	void axeReportsAnUnlabelledField() {
		browser.driver().get(UNLABELLED_FIELD);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(browser::assertAccessible)
			.withMessageContaining("label");
	}

	@Test
	void axeReportsAnUnlabelledFieldWithScriptsOff() {
		try (Browser plain = Browser.startWithoutJavaScript(browser)) {
			plain.driver().get(UNLABELLED_FIELD);
			assertThatExceptionOfType(AssertionError.class).isThrownBy(plain::assertAccessible)
				.withMessageContaining("label");
		}
	}

	@Test
	void somethingWiderThanAPhoneIsNamed() {
		try (Browser phone = Browser.start()) {
			phone.usePhoneScreen();
			phone.driver().get(TOO_WIDE);
			assertThatExceptionOfType(AssertionError.class).isThrownBy(phone::assertNothingOverflows)
				.withMessageContaining("p#wide");
		}
	}

}
