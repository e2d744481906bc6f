package org.trialdesk.ui;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object of the trial pages: what a coordinator sees and clicks, not how it is built. */
final class TrialPages {

  private final WebDriver driver;
  private final URL base;
  private final WebDriverWait wait;

  TrialPages(WebDriver driver, URL base) {
    this.driver = driver;
    this.base = base;
    // Ajax updates replace elements while we look at them: look again rather than fail.
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Logs in on the login page (where every page leads a visitor who is not logged in). */
  TrialPages logIn(String username, String password) {
    driver.get(base.toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    type("login:username", username);
    type("login:password", password);
    clickAndWaitForPage("login:submit");
    return this;
  }

  TrialPages logOut() {
    clickAndWaitForPage("nav:logout");
    return this;
  }

  TrialPages openList() {
    driver.get(base.toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("trials:table")));
    return this;
  }

  /**
   * Finds the trial in the list through the code column's filter, as a user would, and opens it.
   */
  TrialPages openTrial(String code) {
    driver
        .findElement(By.cssSelector("[id='trials:table'] thead input.ui-column-filter"))
        .sendKeys(code);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("arms-heading")));
    return this;
  }

  TrialPages open(String page) {
    driver.get(base.toString() + page);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    return this;
  }

  String title() {
    return driver.findElement(By.id("page-title")).getText();
  }

  /** The regimen lines of the arm coded {@code armCode}, as displayed. */
  List<String> regimenOf(String armCode) {
    return driver
        .findElements(By.cssSelector("[data-arm='" + armCode + "'] .regimen-line"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  String armsHeading() {
    return driver.findElement(By.id("arms-heading")).getText();
  }

  TrialPages switchTo(String language) {
    WebElement current = driver.findElement(By.id("page-title"));
    driver.findElement(By.id("nav:lang-" + language)).click();
    waitUntilReplaced(current);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
    return this;
  }

  /**
   * Types into a field; found afresh if an Ajax update (a field re-rendered on change) replaced it.
   */
  void type(String id, String text) {
    waitForAjax();
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement field = d.findElement(By.id(id));
              field.clear();
              field.sendKeys(text);
              return true;
            });
  }

  /** Types a date into a PrimeFaces date picker and closes its pop-up, as Escape does. */
  void typeDate(String pickerId, String text) {
    // clear() alone leaves a date picker's earlier value in place; select it and type over it.
    WebElement field = driver.findElement(By.id(pickerId + "_input"));
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(text + Keys.ESCAPE);
    driver.findElement(By.id("page-title")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-datepicker-panel")));
  }

  /** Types into a field that saves itself on change (Tab leaves it, as a user would). */
  void typeAndLeave(String id, String text) {
    type(id, text + Keys.TAB);
    waitForAjax();
  }

  /** Clicks {@code buttonId} and waits until the message of {@code messageId} says something. */
  String clickAndReadMessage(String buttonId, String messageId) {
    driver.findElement(By.id(buttonId)).click();
    return wait.until(
        d -> {
          String text = d.findElement(By.id(messageId)).getText();
          return text.isBlank() ? null : text;
        });
  }

  /** Clicks the label of a radio button or check box, as a user does. */
  void tick(String inputId) {
    driver.findElement(By.cssSelector("label[for='" + inputId + "']")).click();
  }

  /** The element's text; read again if an Ajax update replaced it between finding and reading. */
  String textOf(String id) {
    return wait.until(
        d -> {
          try {
            return d.findElement(By.id(id)).getText();
          } catch (StaleElementReferenceException replaced) {
            return null;
          }
        });
  }

  /**
   * Picks {@code label} in the PrimeFaces drop-down with client id {@code id} through its widget,
   * as a click on the item does (a real click races the panel's opening animation), then waits for
   * the Ajax request the change sends.
   */
  void choose(String id, String label) {
    script(
        "var widget = PrimeFaces.getWidgetById(arguments[0]);"
            + "var option = Array.from(widget.input[0].options).find(o => o.text === arguments[1]);"
            + "widget.selectValue(option.value);"
            + "widget.triggerChange();",
        id,
        label);
    wait.until(ExpectedConditions.textToBe(By.id(id + "_label"), label));
    waitForAjax();
  }

  /** Picks the option whose value is {@code value} in a PrimeFaces drop-down, by its widget. */
  void chooseValue(String id, String value) {
    script(
        "var widget = PrimeFaces.getWidgetById(arguments[0]);"
            + "widget.selectValue(arguments[1]);"
            + "widget.triggerChange();",
        id,
        value);
    waitForAjax();
  }

  /** Types into an autocomplete and clicks the suggestion that contains {@code suggestion}. */
  void pickSuggestion(String id, String typed, String suggestion) {
    driver.findElement(By.id(id + "_input")).sendKeys(typed);
    By item =
        By.xpath(
            "//li[contains(@class,'ui-autocomplete-item') and contains(., '" + suggestion + "')]");
    wait.until(ExpectedConditions.elementToBeClickable(item)).click();
    waitForAjax();
  }

  /**
   * Waits until {@code element} has left the page. Chromium sometimes answers a question about a
   * node that is just being replaced with "does not belong to the document" instead of "stale";
   * both mean the element is gone.
   */
  private void waitUntilReplaced(WebElement element) {
    wait.until(
        d -> {
          try {
            element.isEnabled();
            return false;
          } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
          }
        });
  }

  /** Waits until the element {@code id} reads {@code text} (among its other words). */
  void waitForText(String id, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Waits until {@code condition} holds, asking again after each Ajax update. */
  void waitUntil(BooleanSupplier condition) {
    wait.until(d -> condition.getAsBoolean());
  }

  void waitForAjax() {
    wait.until(d -> Boolean.TRUE.equals(script("return PrimeFaces.ajax.Queue.isEmpty();")));
  }

  private Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Clicks an Ajax button and waits until the element {@code appearingId} is on the page. */
  void clickAndWaitFor(String buttonId, String appearingId) {
    driver.findElement(By.id(buttonId)).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(appearingId)));
  }

  /** Clicks an Ajax button that re-renders the form, and waits for the new form. */
  void clickAndWaitForUpdate(String buttonId) {
    WebElement button = driver.findElement(By.id(buttonId));
    button.click();
    waitUntilReplaced(button);
  }

  /** Clicks an Ajax button and waits until element {@code id} shows {@code text}. */
  void clickAndWaitForText(String buttonId, String id, String text) {
    driver.findElement(By.id(buttonId)).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
  }

  /** Clicks a button that leads to another page, and waits for its title. */
  void clickAndWaitForPage(String buttonId) {
    WebElement title = driver.findElement(By.id("page-title"));
    driver.findElement(By.id(buttonId)).click();
    waitUntilReplaced(title);
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("page-title")));
  }

  String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String lang() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }
}
