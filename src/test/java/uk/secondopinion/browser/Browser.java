package uk.secondopinion.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver so that
 * nothing is ever downloaded, with what the journeys check on every page: accessibility
 * (axe-core, WCAG 2.2 A and AA), nothing overflowing sideways, and a full-page screenshot
 * under {@code target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

	private static final File CHROMIUM = new File(System.getProperty("browser.chromium", "/usr/bin/chromium"));

	private static final File CHROMEDRIVER = new File(
			System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/** How long a page is given to show what a test waits for. */
	private static final Duration LONGEST_WAIT = Duration.ofSeconds(20);

	private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String AXE = readAxe();

	private final ChromeDriver driver;

	private final Path profile;

	/** Where pages are checked for accessibility: here, unless page scripts are off. */
	private final Browser auditor;

	private Browser(ChromeDriver driver, Path profile, Browser auditor) {
		this.driver = driver;
		this.profile = profile;
		this.auditor = (auditor != null) ? auditor : this;
	}

	/** Starts a fresh browser. */
	public static Browser start() {
		return start(null);
	}

	/**
	 * Starts a fresh browser with JavaScript off. With scripts off, timers are off too,
	 * and axe needs them, so each page is checked as a copy in {@code auditor}.
	 */
	public static Browser startWithoutJavaScript(Browser auditor) {
		return start(auditor);
	}

	private static Browser start(Browser auditor) {
		boolean javascript = (auditor == null);
		assertThat(CHROMIUM).as("Chromium: apt-get install chromium chromium-driver").isFile();
		assertThat(CHROMEDRIVER).as("chromedriver: apt-get install chromium chromium-driver").isFile();
		try {
			Path profile = Files.createTempDirectory("second-opinion-chromium");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(CHROMIUM);
			options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--disable-dev-shm-usage", "--window-size=1200,900", "--user-data-dir=" + profile);
			if (!javascript) {
				options.setExperimentalOption("prefs",
						Map.of("profile.managed_default_content_settings.javascript", 2));
			}
			ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
				.usingAnyFreePort()
				.build();
			ChromeDriver driver = new ChromeDriver(service, options);
			driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
			return new Browser(driver, profile, auditor);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return this.driver;
	}

	/** Opens an address and checks the page it shows. */
	public void open(String url) {
		this.driver.get(url);
		assertAccessible();
	}

	/**
	 * Clicks something that loads a new page (a submit button, a link), waits for it and
	 * checks it.
	 */
	public void clickThrough(WebElement element) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		element.click();
		// While the old page is being torn down, Chrome may answer a question about its
		// elements with an inspector error ("Node with given id does not belong to the
		// document") rather than call them stale; asked again, it calls them stale.
		new WebDriverWait(this.driver, LONGEST_WAIT).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(page));
		waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("footer")));
		waitUntil((driver) -> "complete".equals(script("return document.readyState")));
		assertAccessible();
	}

	public WebElement find(String cssSelector) {
		return this.driver.findElement(By.cssSelector(cssSelector));
	}

	public List<WebElement> findAll(String cssSelector) {
		return this.driver.findElements(By.cssSelector(cssSelector));
	}

	/** The element that has focus. */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Waits up to 20 seconds for the condition. A page's script may replace an element
	 * between the condition finding it and reading it, so that is read as "not yet", as
	 * an element not there yet is.
	 */
	public <T> T waitUntil(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(this.driver, LONGEST_WAIT).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	public Object script(String script, Object... arguments) {
		return this.driver.executeScript(script, arguments);
	}

	/** Shows pages as a phone 360 CSS pixels wide and 740 high would. */
	public void usePhoneScreen() {
		useScreen(360, 740);
	}

	/**
	 * Shows pages on a screen this many CSS pixels wide and high; 320 wide is a
	 * 1280-pixel screen at 400% zoom.
	 */
	public void useScreen(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
	}

	/**
	 * Lays pages out with their print styles, as when printing, or as on screen again.
	 */
	public void usePrintStyles(boolean print) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
	}

	/** What the page put on the clipboard. */
	public String clipboard() {
		this.driver.executeCdpCommand("Browser.grantPermissions",
				Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		return (String) this.driver.executeAsyncScript(
				"navigator.clipboard.readText().then(arguments[0], (error) => arguments[0]('unreadable: ' + error))");
	}

	/**
	 * Runs axe-core on the page as it stands and fails on any WCAG 2.2 level A or AA
	 * violation, naming each rule and the elements that break it.
	 */
	public void assertAccessible() {
		if (this.auditor == this) {
			runAxe(this.driver.getCurrentUrl());
		}
		else {
			this.auditor.assertAccessibleCopy(this.driver.getPageSource(), this.driver.getCurrentUrl());
		}
	}

	/** Checks a copy of a page, its scripts left out, in a tab of its own. */
	private void assertAccessibleCopy(String html, String url) {
		String copy = html.replaceAll("(?is)<script\\b.*?</script>", "")
			.replaceFirst("(?i)<head>", "<head><base href=\"" + url + "\">");
		String page = this.driver.getWindowHandle();
		this.driver.switchTo().newWindow(WindowType.TAB);
		try {
			script("document.open(); document.write(arguments[0]); document.close();", copy);
			waitUntil((driver) -> Boolean.TRUE.equals(script(
					"return [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet)")));
			runAxe(url);
		}
		finally {
			this.driver.close();
			this.driver.switchTo().window(page);
		}
	}

	@SuppressWarnings("unchecked")
	private void runAxe(String url) {
		if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
			script(AXE);
		}
		Object result = this.driver.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
						  .then((results) => done(results.violations.map((v) =>
						    v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', '))))
						  .catch((error) => done(['axe failed: ' + error]));
						""",
				WCAG_22_AA);
		assertThat((List<String>) result).as("WCAG 2.2 AA violations on %s", url).isEmpty();
	}

	/**
	 * Fails if the page scrolls sideways, naming the visible elements that stick out past
	 * the right edge of the screen.
	 */
	@SuppressWarnings("unchecked")
	public void assertNothingOverflows() {
		Map<String, Object> layout = (Map<String, Object>) script("""
				const width = document.documentElement.clientWidth;
				const sticksOut = [...document.body.querySelectorAll('*')]
				  .filter((e) => e.checkVisibility() && e.getBoundingClientRect().right > width + 1)
				  .map((e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.'));
				return { width, scrollWidth: document.documentElement.scrollWidth, sticksOut };
				""");
		assertThat(((Number) layout.get("scrollWidth")).longValue())
			.as("page width on %s; sticking out: %s", this.driver.getCurrentUrl(), layout.get("sticksOut"))
			.isLessThanOrEqualTo(((Number) layout.get("width")).longValue());
		assertThat((List<String>) layout.get("sticksOut"))
			.as("elements past the edge on %s", this.driver.getCurrentUrl())
			.isEmpty();
	}

	/** Saves the whole page, not just the part on screen, as {@code name.png}. */
	@SuppressWarnings("unchecked")
	public Path screenshot(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
				"captureBeyondViewport", true, "clip",
				Map.of("x", 0, "y", 0, "width", content.get("width"), "height", content.get("height"), "scale", 1)));
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// Chromium may still be letting go of its files; they are in a temporary
			// folder.
		}
	}

	private static String readAxe() {
		try (InputStream axe = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
			assertThat(axe).as("axe-core, copied from node_modules by the Maven build").isNotNull();
			return new String(axe.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
