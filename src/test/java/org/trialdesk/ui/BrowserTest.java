package org.trialdesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.trialdesk.testsupport.Api;
import org.trialdesk.testsupport.Browser;
import org.trialdesk.testsupport.Deployments;

/**
 * A browser test: the application deployed, a fresh headless Chromium per test, and a screenshot of
 * the last page kept in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class BrowserTest {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  WebDriver driver;
  TrialPages pages;

  @BeforeEach
  void openBrowser() {
    driver = Browser.start();
    pages = new TrialPages(driver, base);
    pages.logIn(user(), Api.DEMO_PASSWORD);
  }

  /** The demo account the test works as. */
  String user() {
    return "admin";
  }

  @AfterEach
  void closeBrowser(TestInfo test) {
    Browser.keepScreenshot(driver, getClass().getSimpleName() + "-" + test.getDisplayName());
    driver.quit();
  }

  /** Clicks a download button and returns the file's text once Chromium has written all of it. */
  String download(String buttonId) {
    try {
      Path folder = Files.createTempDirectory("downloads");
      ((ChromeDriver) driver)
          .executeCdpCommand(
              "Browser.setDownloadBehavior",
              Map.of("behavior", "allow", "downloadPath", folder.toString()));
      driver.findElement(By.id(buttonId)).click();
      Path file =
          new WebDriverWait(driver, Duration.ofSeconds(20))
              .until(
                  d -> {
                    try (Stream<Path> files = Files.list(folder)) {
                      return files
                          .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                          .findFirst()
                          .orElse(null);
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  });
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Desktop and phone widths, kept in target/screenshots for whoever reviews the layout. */
  void screenshots(String name) {
    ChromeDriver chrome = (ChromeDriver) driver;
    for (int width : new int[] {1280, 390}) {
      chrome.executeCdpCommand(
          "Emulation.setDeviceMetricsOverride",
          Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 500));
      Browser.keepScreenshot(driver, getClass().getSimpleName() + "-" + name + "-" + width);
    }
    chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }
}
