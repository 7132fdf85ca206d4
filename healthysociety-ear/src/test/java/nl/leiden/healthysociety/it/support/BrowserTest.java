package nl.leiden.healthysociety.it.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Base of the browser tests: Debian's Chromium, headless, in Dutch, against the deployed EAR. Every helper that
 * changes what is on screen waits until the page and PrimeFaces' Ajax queue are idle, runs axe-core with the WCAG
 * 2.1 A and AA rules and fails on any violation, and keeps a screenshot in target/screenshots to look at.
 */
public abstract class BrowserTest extends ServerTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Page states that axe passed in this run, shared by all browser test classes. */
    private static final Set<String> CHECKED_STATES = ConcurrentHashMap.newKeySet();

    private static WebDriver driver;
    private static int screenshotNumber;

    @BeforeAll
    static void startBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000", "--lang=nl");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Each test starts as a visitor who is not logged in. */
    @BeforeEach
    void startAsNewVisitor() {
        driver.get(url(""));
        driver.manage().deleteAllCookies();
    }

    protected WebDriver browser() {
        return driver;
    }

    protected String url(String path) {
        String base = baseUrl.toExternalForm();
        return (base.endsWith("/") ? base : base + "/") + (path.startsWith("/") ? path.substring(1) : path);
    }

    /** Opens a page by its path, e.g. "intranet/organisaties". */
    protected void open(String path) {
        driver.get(url(path));
        pageChanged();
    }

    protected WebElement find(By by) {
        return driver.findElement(by);
    }

    /** The element with this JSF client id ("form:name"). */
    protected WebElement byId(String clientId) {
        return driver.findElement(By.id(clientId));
    }

    protected void type(String clientId, String text) {
        WebElement input = byId(clientId);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks and waits for what follows: a new page or an Ajax update. */
    protected void click(String clientId) {
        click(By.id(clientId));
    }

    protected void click(By by) {
        driver.findElement(by).click();
        pageChanged();
    }

    /**
     * Ticks the checkbox with this label with the space bar, as a keyboard user does. (A mouse click here is
     * sometimes lost in headless Chromium: after one checkbox took focus, the release of the next click lands on
     * the fieldset.)
     */
    protected void check(String labelText) {
        WebElement label = driver.findElement(By.xpath("//label[normalize-space(.)='" + labelText + "']"));
        WebElement box = driver.findElement(By.id(label.getAttribute("for")));
        if (!box.isSelected()) {
            box.sendKeys(Keys.SPACE);
        }
        if (!box.isSelected()) {
            fail("Could not tick " + labelText);
        }
        pageChanged();
    }

    /** Confirms PrimeFaces' confirmation dialog. */
    protected void confirm() {
        new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(".ui-confirm-dialog")).isDisplayed());
        assertAccessible();
        click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }

    /** Logs in on the login page, with the code of the authenticator app if the account has one. */
    protected void login(DemoAccount account) {
        login(account.username(), DemoAccount.PASSWORD);
        if (account.secondFactorKey() != null) {
            type("code:verification", TestTotp.unusedCode(account.username(), account.secondFactorKey()));
            click("code:confirm");
        }
    }

    protected void login(String username, String password) {
        open("login");
        type("login:username", username);
        type("login:password", password);
        click("login:submit");
    }

    protected void logout() {
        click("header:logout");
    }

    protected String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    protected String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Waits until the page has loaded and Ajax is idle, then checks accessibility. */
    protected void pageChanged() {
        waitUntilIdle();
        assertAccessible();
    }

    /** Waits until the condition holds on what the browser shows (for updates that start after a delay). */
    protected void waitFor(Predicate<WebDriver> condition) {
        new WebDriverWait(driver, WAIT).until(condition::test);
        pageChanged();
    }

    protected void waitUntilIdle() {
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (typeof PrimeFaces === 'undefined' || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (typeof jQuery === 'undefined' || jQuery.active === 0)"
                        + " && (typeof jQuery === 'undefined' || jQuery(':animated').length === 0)")));
    }

    /**
     * Runs axe-core on what is on screen now and fails with a readable list of violations. A page state that axe
     * already passed in this test run (the same document, apart from the per-response nonce and view state) is not
     * analysed again: axe takes over a second per page, and the login page alone is shown dozens of times.
     */
    protected void assertAccessible() {
        keepScreenshot();
        if (!CHECKED_STATES.add(pageState())) {
            return;
        }
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail("Accessibility violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                    .map(BrowserTest::describe)
                    .collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n" + rule.getNodes()
                .stream()
                .map(CheckedNode::getHtml)
                .limit(5)
                .map(html -> "    " + html)
                .collect(Collectors.joining("\n"));
    }

    /** A digest of the document as it is now, with the values that change on every response left out. */
    private String pageState() {
        String document = (String) ((JavascriptExecutor) driver).executeScript(
                "let html = document.documentElement.outerHTML;"
                        + " document.querySelectorAll('input[name=\"primefaces.nonce\"],"
                        + " input[name=\"jakarta.faces.ViewState\"]').forEach(i => {"
                        + " if (i.value) { html = html.split(i.value).join('~'); } });"
                        + " return html;");
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void keepScreenshot() {
        String folder = System.getProperty("it.screenshots");
        if (folder == null) {
            return;
        }
        try {
            Path target = Path.of(folder, String.format("%s-%03d.png", getClass().getSimpleName(), ++screenshotNumber));
            Files.createDirectories(target.getParent());
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.move(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
