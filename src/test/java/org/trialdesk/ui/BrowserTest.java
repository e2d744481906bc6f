package org.trialdesk.ui;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
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
