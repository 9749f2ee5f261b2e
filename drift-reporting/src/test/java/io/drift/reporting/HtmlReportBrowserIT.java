package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.check.CheckReport;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The {@code html} format in a real browser: Debian's {@code chromium}, headless, driven by {@code chromium-driver}
 * through Selenium. It opens generated reports from files, as a person would, and checks the counts, the filters and
 * the search on 5,000 differences, that no string from the database runs as script, and saves a screenshot
 * ({@code target/screenshots/html-report.png}; with {@code -Ddrift.screenshot.update=true} also
 * {@code docs/images/html-report.png}, the one the README shows).
 *
 * <p>Skipped, saying why, only where Chromium or its driver is not installed; {@code .ci/run} installs both.
 */
class HtmlReportBrowserIT {

    private static final Path OUT = Path.of("target", "html-report");
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws IOException {
        Optional<Path> chromium = executable("DRIFT_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> driver = executable("DRIFT_CHROMEDRIVER", "chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(), "Chromium or its driver is not installed (found "
                + "chromium: " + chromium.map(Path::toString).orElse("none") + ", chromedriver: "
                + driver.map(Path::toString).orElse("none") + "); install them with"
                + " 'apt-get install -y chromium chromium-driver', as .ci/run does.");
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,900", "--hide-scrollbars", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Optional<Path> executable(String variable, String... names) {
        String given = System.getenv(variable);
        if (given != null && !given.isBlank()) {
            return Optional.of(Path.of(given)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** 1,250 tables, four differences each: an info, an error, an error, a warning. */
    private static SchemaDiff fiveThousand() {
        List<Difference> list = new ArrayList<>();
        for (int t = 0; t < 1250; t++) {
            ObjectPath table = ObjectPath.of("public", String.format("t%05d", t));
            list.add(new Changed(ObjectKind.TABLE, table, "comment", "Orders of a customer.", null, INFO));
            list.add(new Missing(ObjectKind.COLUMN, table.child("email"), ERROR));
            list.add(new Changed(ObjectKind.COLUMN, table.child("id"), "type", "bigint", "integer", ERROR));
            list.add(new Unexpected(ObjectKind.INDEX, table.member("idx_tmp"), WARNING));
        }
        return new SchemaDiff(list);
    }

    private static Path write(String name, SchemaDiff diff, RenderContext context) throws IOException {
        Path file = OUT.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            Renderers.html().render(diff, context, w);
        }
        return file;
    }

    private static Path write(String name, CheckReport report, RenderContext context) throws IOException {
        Path file = OUT.resolve(name);
        try (Writer w = Files.newBufferedWriter(file, UTF_8)) {
            Renderers.html().render(report, context, w);
        }
        return file;
    }

    private static void open(Path file) {
        browser.get(file.toAbsolutePath().toUri().toString());
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> "true".equals(
                b.findElement(By.tagName("html")).getAttribute("data-ready")));
    }

    private static String count(String css) {
        return browser.findElement(By.cssSelector(".count." + css + " b")).getText();
    }

    private static void waitForShown(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(b -> b.findElement(By.id("shown")).getText().equals(expected));
    }

    private static long visibleRows() {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('tr.row:not([hidden])').length;");
    }

    private static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void five_thousand_differences_counted_filtered_and_searched() throws IOException {
        open(write("diff-5000.html", fiveThousand(), RenderContext.of("schema/baseline.json",
                "postgresql://db.example:5432/app")));

        assertThat(count("error")).isEqualTo("2500");
        assertThat(count("warning")).isEqualTo("1250");
        assertThat(count("info")).isEqualTo("1250");
        assertThat(count("missing")).isEqualTo("1250");
        assertThat(browser.findElements(By.cssSelector("tr.row"))).hasSize(5000);
        assertThat(browser.findElement(By.id("shown")).getText()).isEqualTo("5000 of 5000 shown");

        // A filter: errors off, then only indexes among what is left.
        browser.findElement(By.cssSelector("input[name=severity][value=error]")).click();
        waitForShown("2500 of 5000 shown");
        assertThat(visibleRows()).isEqualTo(2500);
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("index");
        waitForShown("1250 of 5000 shown");
        new Select(browser.findElement(By.id("f-kind"))).selectByValue("");
        waitForShown("2500 of 5000 shown");

        // The search, within the filters, then with errors back on.
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("t00042");
        waitForShown("2 of 5000 shown");
        browser.findElement(By.cssSelector("input[name=severity][value=error]")).click();
        waitForShown("4 of 5000 shown");
        assertThat(script("return Array.from(document.querySelectorAll('section.group'))"
                + ".filter(s => !s.hidden).map(s => s.querySelector('h2 code').textContent).join()"))
                .isEqualTo("public.t00042");
        search.sendKeys("-nothing");
        waitForShown("0 of 5000 shown");
        assertThat(browser.findElement(By.id("empty")).isDisplayed()).isTrue();
    }

    @Test
    void the_sample_diff_as_a_person_sees_it_and_its_screenshot() throws IOException {
        open(write("sample.html", SampleDiffs.sample(), SampleDiffs.CONTEXT));
        assertThat(count("error")).isEqualTo("5");
        assertThat(count("warning")).isEqualTo("3");
        assertThat(count("info")).isEqualTo("1");
        browser.findElement(By.cssSelector("input[name=severity][value=info]")).click();
        waitForShown("8 of 9 shown");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("users");
        waitForShown("5 of 9 shown");

        Path screenshot = Path.of("target", "screenshots", "html-report.png");
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
        if (Boolean.getBoolean("drift.screenshot.update")) {
            Path docs = Path.of("..", "docs", "images", "html-report.png");
            Files.createDirectories(docs.getParent());
            Files.copy(screenshot, docs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void a_check_report_filters_by_check_and_hides_suppressed_findings() throws IOException {
        open(write("checks.html", SampleCheckReports.report(), RenderContext.of("drift.yaml",
                "postgresql://db.example:5432/app")));
        assertThat(count("error")).isEqualTo("2");
        assertThat(count("warning")).isEqualTo("1");
        assertThat(count("suppressed")).isEqualTo("1");
        assertThat(count("errored")).isEqualTo("1");
        new Select(browser.findElement(By.id("f-check"))).selectByValue("pg.fk-without-index");
        waitForShown("2 of 4 shown");
        browser.findElement(By.id("f-suppressed")).click();
        waitForShown("1 of 4 shown");
        new Select(browser.findElement(By.id("f-check"))).selectByValue("");
        new Select(browser.findElement(By.id("f-code"))).selectByValue("FLYWAY-PENDING");
        waitForShown("1 of 4 shown");
    }

    @Test
    void strings_from_the_database_show_as_text_and_run_no_script() throws IOException {
        for (Path file : List.of(write("hostile-diff.html", Hostile.diff(), Hostile.CONTEXT),
                write("hostile-checks.html", Hostile.checkReport(), Hostile.CONTEXT))) {
            open(file);
            assertThat(script("return typeof window.__pwned")).as(file.toString()).isEqualTo("undefined");
            assertThat(script("return document.images.length")).isEqualTo(0L);
            assertThat(script("return document.scripts.length")).isEqualTo(1L);
            assertThat(script("return document.querySelectorAll('main b, main i, main img, a[href^=\"https://evil\"]').length"))
                    .isEqualTo(0L);
            String text = (String) script("return document.body.innerText");
            assertThat(text).contains(Hostile.IMG).contains(Hostile.SCRIPT).contains("[click me](https://evil"
                    + ".example/phish) <b>bold</b>").contains("%%{init:");
            // A search for markup finds the rows that hold it, as text.
            browser.findElement(By.id("q")).sendKeys("<img src=x");
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> !b.findElement(By.id("shown")).getText()
                    .startsWith("0 of"));
            assertThat(script("return typeof window.__pwned")).isEqualTo("undefined");
        }
        assertThat(script("return document.title")).isEqualTo("Drift: Checks failed: 2 checks".replace("failed",
                "errored"));
        assertThat(Stream.of(Hostile.CONTEXT.expectedSource()).allMatch(s -> ((String) script(
                "return document.querySelector('.sources').textContent")).contains(s))).isTrue();
    }
}
