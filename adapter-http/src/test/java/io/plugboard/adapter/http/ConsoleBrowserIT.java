package io.plugboard.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.plugboard.application.port.in.Caller;
import io.plugboard.application.port.in.CreateInstanceCommand;
import io.plugboard.application.port.in.CreatedInstance;
import io.plugboard.application.port.in.InstanceQuery;
import io.plugboard.domain.AuthenticationType;
import io.plugboard.domain.ConfigurationDefinition;
import io.plugboard.domain.ConfigurationOption;
import io.plugboard.domain.ConfigurationType;
import io.plugboard.domain.Element;
import io.plugboard.domain.Instance;
import io.plugboard.testkit.Elements;
import io.plugboard.testkit.InMemoryElementCatalog;
import io.plugboard.testkit.InMemoryInstanceStore;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in a real headless Chromium (Debian's chromium and chromium-driver), against a real server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConsoleBrowserIT {
  private static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private HttpTestServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;
  private Path profile;
  private String testName;

  @BeforeAll
  static void checkBrowser() throws IOException {
    assertThat(new File(CHROMIUM)).as("Debian's chromium: apt-get install -y chromium chromium-driver").exists();
    assertThat(new File(CHROMEDRIVER)).as("Debian's chromedriver: apt-get install -y chromium-driver").exists();
    Files.createDirectories(SCREENSHOTS);
  }

  /** Every kind of configuration definition the console renders, one hidden from it. */
  private static Element settingsElement() {
    return new Element(900, "settings", "Settings Demo", null, null, AuthenticationType.API_KEY, "general", null,
        null, List.of(
            ConfigurationDefinition.of("api.key", "API Key", ConfigurationType.PASSWORD, true),
            new ConfigurationDefinition("sandbox", "Use the sandbox", null, ConfigurationType.BOOLEAN, false, "true",
                false, false, 2, null, null),
            new ConfigurationDefinition("region", "Region", null, ConfigurationType.COMBO, true, null, false, false,
                3, null, List.of(new ConfigurationOption("us", "United States"), new ConfigurationOption("eu", "Europe"))),
            ConfigurationDefinition.of("notes", "Notes", ConfigurationType.TEXTAREA, false),
            new ConfigurationDefinition("base.url", "Base URL", null, ConfigurationType.TEXTFIELD_1000, false,
                "https://api.example.test", false, true, 9, null, null)));
  }

  @BeforeEach
  void open(TestInfo info) throws IOException {
    testName = info.getTestMethod().orElseThrow().getName();
    List<Element> elements = new ArrayList<>(Elements.all());
    elements.add(settingsElement());
    server = new HttpTestServer(new InMemoryInstanceStore(), new InMemoryElementCatalog(elements));
    profile = Files.createTempDirectory("chromium-profile");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--window-size=1100,900",
        "--user-data-dir=" + profile);
    // Each browser gets its own driver process: quitting a ChromeDriver also stops its service.
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void close() throws IOException {
    if (browser != null) {
      screenshot(testName + "-last");
      browser.quit();
    }
    server.close();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    }
  }

  private String console() {
    return "http://127.0.0.1:" + server.server.port() + "/console/";
  }

  private void screenshot(String name) throws IOException {
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  private void signIn(String user, String organization) {
    browser.get(console());
    visible(By.id("user-secret")).sendKeys(user);
    browser.findElement(By.id("org-secret")).sendKeys(organization);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
  }

  private void signInAsAcme() {
    signIn(server.acme.userSecret(), server.acme.organizationSecret());
    visible(By.cssSelector(".catalog li"));
  }

  private Caller acme() {
    return server.useCases.authenticate().authenticate(server.acme);
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser).executeScript(code);
  }

  @Test
  void sign_in_shows_the_catalog_filterable_by_typing() throws IOException {
    signInAsAcme();

    List<WebElement> cards = browser.findElements(By.cssSelector(".catalog li"));
    assertThat(cards).extracting(card -> card.findElement(By.tagName("h2")).getText())
        .containsExactly("Freshdesk", "Mixpanel", "Settings Demo");
    assertThat(cards.get(1).getText()).contains("general").contains("basic").contains("Authenticate");
    screenshot("catalog");

    browser.findElement(By.id("catalog-filter")).sendKeys("helpdesk");
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".catalog li"), 1));
    assertThat(browser.findElement(By.cssSelector(".catalog li h2")).getText()).isEqualTo("Freshdesk");

    assertThat(script("return sessionStorage.getItem('plugboard.credentials')").toString())
        .contains(server.acme.userSecret());
    assertThat(script("return localStorage.length")).isEqualTo(0L);
    assertThat(script("return document.cookie")).isEqualTo("");
    assertThat(browser.getCurrentUrl()).doesNotContain(server.acme.userSecret())
        .doesNotContain(server.acme.organizationSecret());

    browser.findElement(By.id("sign-out")).click();
    visible(By.id("user-secret"));
    assertThat(script("return sessionStorage.length")).isEqualTo(0L);
  }

  @Test
  void wrong_secrets_show_the_sign_in_error() throws IOException {
    signIn("wrong", "secrets");

    WebElement error = visible(By.cssSelector("[role=alert]"));
    assertThat(error.getText()).isEqualTo("Invalid Organization or User secret, or invalid Element token provided.");
    assertThat(script("return sessionStorage.length")).isEqualTo(0L);
    screenshot("sign-in-error");
  }

  @Test
  void sign_in_works_with_the_keyboard_alone() {
    browser.get(console());
    visible(By.id("user-secret")).sendKeys(server.acme.userSecret(), Keys.TAB);
    browser.switchTo().activeElement().sendKeys(server.acme.organizationSecret(), Keys.ENTER);
    assertThat(visible(By.cssSelector(".catalog li")).isDisplayed()).isTrue();
  }

  @Test
  void authenticate_a_mixpanel_instance_and_read_its_token_once() throws IOException {
    signInAsAcme();
    browser.findElement(By.cssSelector("a[aria-label='Authenticate Mixpanel']")).click();

    WebElement secret = visible(By.id("config-username"));
    assertThat(secret.getAttribute("type")).isEqualTo("password");
    assertThat(browser.findElement(By.cssSelector("label[for=config-username]")).getText())
        .isEqualTo("API Secret (required)");
    browser.findElement(By.id("instance-name")).sendKeys("API Instance");
    secret.sendKeys("xxxxxxxxxxxxxxxxxxxxxx");
    browser.findElement(By.id("instance-tags")).sendKeys("Docs, QA");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    String token = visible(By.id("instance-token")).getText();
    long id = Long.parseLong(browser.findElement(By.id("instance-id")).getText());
    assertThat(token).hasSize(44);
    assertThat(browser.findElement(By.cssSelector(".warning")).getText())
        .contains("Save the token and id now for all future requests");
    assertThat(browser.findElement(By.xpath("//button[text()='Copy token']")).isDisplayed()).isTrue();
    Instance stored = server.useCases.getInstance().getInstance(acme(), id);
    assertThat(stored.tags().values()).containsExactly("Docs", "QA");
    assertThat(stored.configuration().get("username")).hasValue("xxxxxxxxxxxxxxxxxxxxxx");
    screenshot("token");

    browser.findElement(By.linkText("See your instances")).click();
    visible(By.cssSelector("table.instances"));
    assertThat(browser.getPageSource()).doesNotContain(token);
  }

  @Test
  void a_missing_api_secret_shows_its_field_error() throws IOException {
    signInAsAcme();
    browser.get(console() + "#/authenticate/mixpanel");
    visible(By.id("instance-name")).sendKeys("No secret");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();

    WebElement error = visible(By.id("config-username-error"));
    assertThat(error.getText()).isEqualTo("is required");
    assertThat(browser.findElement(By.id("config-username")).getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("config-username")).getAttribute("aria-describedby"))
        .contains("config-username-error");
    assertThat(server.instances.list(1, InstanceQuery.all())).isEmpty();
    screenshot("form-error");
  }

  @Test
  void instances_are_listed_shown_masked_and_deleted_after_confirmation() throws IOException {
    CreatedInstance created = server.useCases.createInstance().createInstance(acme(), CreateInstanceCommand
        .builder().element("freshdeskv2").name("Support desk").configuration("subdomain", "acme")
        .configuration("username", "freshdesk-api-key").tag("prod").build());
    signInAsAcme();
    browser.get(console() + "#/instances");

    WebElement row = visible(By.cssSelector("tr[data-id='" + created.instance().id() + "']"));
    assertThat(row.getText()).contains("Support desk").contains("Freshdesk").contains("prod").contains("UTC");
    screenshot("instances");

    row.findElement(By.linkText("Support desk")).click();
    visible(By.cssSelector("dl.configuration"));
    assertThat(browser.findElement(By.cssSelector("dl.configuration")).getText())
        .contains("subdomain").contains("acme").contains("********").doesNotContain("freshdesk-api-key");
    screenshot("instance-details");

    browser.findElement(By.id("delete-instance")).click();
    WebElement dialog = visible(By.id("confirm-delete"));
    dialog.findElement(By.xpath(".//button[text()='Keep it']")).click();
    assertThat(server.instances.list(1, InstanceQuery.all())).hasSize(1);

    browser.findElement(By.id("delete-instance")).click();
    visible(By.id("confirm-delete")).findElement(By.xpath(".//button[text()='Delete']")).click();
    visible(By.linkText("Authenticate a connector"));
    assertThat(server.instances.list(1, InstanceQuery.all())).isEmpty();
  }

  @Test
  void html_and_script_in_data_are_shown_as_text_and_never_run() {
    String hostile = "<img src=x onerror=alert(1)>";
    CreatedInstance created = server.useCases.createInstance().createInstance(acme(), CreateInstanceCommand
        .builder().element("freshdeskv2").name("&lt;b&gt;desk").configuration("subdomain", hostile)
        .configuration("username", "k").build());
    signInAsAcme();
    browser.get(console() + "#/instances/" + created.instance().id());

    WebElement configuration = visible(By.cssSelector("dl.configuration"));
    assertThat(configuration.getText()).contains(hostile);
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("&lt;b&gt;desk");
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();

    browser.get(console() + "#/authenticate/freshdeskv2");
    visible(By.id("instance-name")).sendKeys(hostile);
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    assertThat(visible(By.id("instance-name-error")).getText())
        .isEqualTo("must not be empty once HTML tags and surrounding spaces are removed");
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
    try {
      browser.switchTo().alert();
      throw new AssertionError("a script from the data ran");
    } catch (NoAlertPresentException expected) {
      assertThat(expected).isNotNull();
    }
  }

  @Test
  void a_server_that_is_gone_gives_a_message_not_a_blank_page() {
    signInAsAcme();
    server.server.stop().await();

    browser.findElement(By.linkText("Instances")).click();

    assertThat(visible(By.cssSelector("[role=alert]")).getText())
        .isEqualTo("Cannot reach the Plugboard server. Check that it is running, then try again.");
  }

  @Test
  void an_answer_that_is_not_json_gives_a_message() {
    signInAsAcme();
    // What a proxy in front of a stopped server sends: an HTML error page.
    script("window.fetch = () => Promise.resolve(new Response('<html><body>Bad Gateway</body></html>',"
        + " {status: 502, headers: {'Content-Type': 'text/html'}}));");

    browser.findElement(By.linkText("Instances")).click();

    assertThat(visible(By.cssSelector("[role=alert]")).getText()).isEqualTo(
        "The server answered with something other than JSON (status 502). Is this a Plugboard server?");
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
  }

  @Test
  void the_console_fits_a_360_pixel_wide_screen() throws IOException {
    browser.manage().window().setSize(new Dimension(360, 740));
    signInAsAcme();
    assertThat((Long) script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
    screenshot("catalog-360px");
    browser.get(console() + "#/authenticate/mixpanel");
    visible(By.id("instance-name"));
    assertThat((Long) script("return document.documentElement.scrollWidth"))
        .isLessThanOrEqualTo((Long) script("return window.innerWidth"));
    screenshot("form-360px");
  }

  @Test
  void the_form_follows_the_definitions_and_leaves_out_hidden_ones() throws IOException {
    signInAsAcme();
    browser.get(console() + "#/authenticate/settings");
    visible(By.id("instance-name"));

    assertThat(browser.findElement(By.id("config-api-key")).getAttribute("type")).isEqualTo("password");
    WebElement sandbox = browser.findElement(By.id("config-sandbox"));
    assertThat(sandbox.getAttribute("type")).isEqualTo("checkbox");
    assertThat(sandbox.isSelected()).as("checked by its default").isTrue();
    WebElement region = browser.findElement(By.id("config-region"));
    assertThat(region.getTagName()).isEqualTo("select");
    assertThat(region.findElements(By.tagName("option"))).extracting(WebElement::getText)
        .containsExactly("United States", "Europe");
    assertThat(browser.findElement(By.id("config-notes")).getTagName()).isEqualTo("textarea");
    assertThat(browser.findElements(By.id("config-base-url"))).as("hidden from the console").isEmpty();
    assertThat(browser.findElement(By.cssSelector("label[for=config-region]")).getText()).isEqualTo("Region (required)");
    assertThat(browser.findElement(By.cssSelector("label[for=config-notes]")).getText()).isEqualTo("Notes");
    screenshot("form-kinds");

    browser.findElement(By.id("instance-name")).sendKeys("Settings");
    browser.findElement(By.id("config-api-key")).sendKeys("k");
    sandbox.click();
    new org.openqa.selenium.support.ui.Select(region).selectByVisibleText("Europe");
    browser.findElement(By.cssSelector("form button[type=submit]")).click();
    long id = Long.parseLong(visible(By.id("instance-id")).getText());
    Instance stored = server.useCases.getInstance().getInstance(acme(), id);
    assertThat(stored.configuration().values()).containsEntry("sandbox", "false").containsEntry("region", "eu")
        .containsEntry("base.url", "https://api.example.test");
  }

  @Test
  void every_input_is_labelled() {
    signInAsAcme();
    browser.get(console() + "#/authenticate/freshdeskv2");
    visible(By.id("instance-name"));
    for (WebElement input : browser.findElements(By.cssSelector("main input, main select, main textarea"))) {
      String id = input.getAttribute("id");
      assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).as(id).hasSize(1);
    }
    assertThat(browser.findElement(By.cssSelector("label[for=config-region]")).getText()).isEqualTo("Region");
    assertThat(browser.findElement(By.id("config-region")).getTagName()).isEqualTo("select");
  }
}
