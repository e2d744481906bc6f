package org.trialdesk.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.trial.entity.CriterionType;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.TrialPhase;
import org.trialdesk.trial.entity.TrialStatus;

/** Every visible text exists in English and Japanese, and every code has a label in both. */
class BundlesTest {

  /**
   * The only texts that read the same in both languages: the product's name, the language names
   * (each in its own language) and Faces' frame for a validator's message, "label: message".
   */
  private static final Set<String> STAYS_THE_SAME =
      Set.of("app.name", "jakarta.faces.validator.BeanValidator.MESSAGE");

  private static Properties load(String file) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/" + file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @ParameterizedTest
  @ValueSource(strings = {"messages", "ValidationMessages", "faces-messages"})
  void englishAndJapaneseHoldTheSameKeys(String base) throws IOException {
    Properties english = load(base + ".properties");
    Properties japanese = load(base + "_ja.properties");
    assertThat(japanese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(english.stringPropertyNames())
        .filteredOn(key -> !STAYS_THE_SAME.contains(key) && !key.startsWith("lang."))
        .allSatisfy(
            key ->
                assertThat(japanese.getProperty(key))
                    .as(key)
                    .isNotEqualTo(english.getProperty(key)));
  }

  /** The glossary's rows: concept | English | Japanese | terms not used in Japanese. */
  @Test
  void theJapaneseBundlesUseTheGlossarysTermsOnly() throws IOException {
    List<String[]> rows =
        Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("| ") && !line.startsWith("| Concept"))
            .map(line -> line.substring(1, line.length() - 1).split("\\|"))
            .toList();
    assertThat(rows).hasSizeGreaterThan(10);
    for (String base : List.of("messages", "ValidationMessages", "faces-messages")) {
      Properties japanese = load(base + "_ja.properties");
      String all =
          String.join(
              "\n", japanese.stringPropertyNames().stream().map(japanese::getProperty).toList());
      for (String[] row : rows) {
        String term = row[2].strip();
        for (String avoided : row[3].split(",")) {
          assertThat(japanese.stringPropertyNames())
              .as("%s: %s, not %s", base, term, avoided.strip())
              .noneMatch(key -> japanese.getProperty(key).contains(avoided.strip()));
        }
        if (base.equals("messages")) {
          assertThat(all).as("the glossary's %s is in use", term).contains(term);
        }
      }
    }
  }

  @Test
  void everyCodeShownOnAPageHasALabelInBothLanguages() {
    List<Class<? extends Enum<?>>> codeLists =
        List.of(
            TrialPhase.class,
            TrialStatus.class,
            org.trialdesk.trial.entity.RegimenTermKind.class,
            DurationUnit.class,
            CriterionType.class,
            ParticipationStatus.class,
            AuditAction.class,
            SignatureMeaning.class,
            org.trialdesk.enrollment.entity.SubjectStatus.class,
            org.trialdesk.enrollment.entity.Sex.class,
            org.trialdesk.trial.entity.RandomizationMethod.class,
            org.trialdesk.safety.entity.Seriousness.class,
            org.trialdesk.safety.entity.Attribution.class,
            org.trialdesk.safety.entity.ActionTaken.class,
            org.trialdesk.safety.entity.Outcome.class,
            org.trialdesk.safety.control.SaeClock.ReportStatus.class,
            org.trialdesk.safety.control.SaeClock.ExpeditedStatus.class,
            org.trialdesk.safety.entity.ExpeditedReportKind.class,
            org.trialdesk.treatment.entity.DoseChange.class,
            org.trialdesk.outcome.entity.Organ.class,
            org.trialdesk.outcome.entity.Response.class,
            org.trialdesk.outcome.entity.NonTargetStatus.class,
            org.trialdesk.outcome.entity.VitalStatus.class,
            org.trialdesk.outcome.entity.DeathCause.class,
            org.trialdesk.outcome.entity.RecurrenceLocation.class,
            org.trialdesk.analysis.boundary.SurvivalAnalysis.Endpoint.class,
            org.trialdesk.analysis.boundary.SurvivalAnalysis.Unit.class,
            org.trialdesk.security.entity.TokenStatus.class);
    for (Locale locale : SupportedLocales.ALL) {
      ResourceBundle bundle = Messages.bundle(locale);
      for (Class<? extends Enum<?>> codeList : codeLists) {
        for (Enum<?> code : codeList.getEnumConstants()) {
          assertThat(bundle.containsKey("enum." + codeList.getSimpleName() + "." + code.name()))
              .as("label of %s.%s in %s", codeList.getSimpleName(), code, locale)
              .isTrue();
        }
      }
    }
  }

  @Test
  void theBestSupportedLanguageFollowsTheCallersPreference() {
    assertThat(SupportedLocales.bestOf(List.of(Locale.JAPAN, Locale.ENGLISH)))
        .isEqualTo(Locale.JAPANESE);
    assertThat(SupportedLocales.bestOf(List.of(Locale.FRENCH, Locale.US)))
        .isEqualTo(Locale.ENGLISH);
    assertThat(SupportedLocales.bestOf(List.of(Locale.GERMAN))).isEqualTo(Locale.ENGLISH);
    assertThat(SupportedLocales.bestOf(List.of())).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void messagesFillTheirArguments() {
    assertThat(Messages.format(Locale.ENGLISH, "trial.code.duplicate", "IL2-HAI"))
        .isEqualTo("A trial with protocol code IL2-HAI already exists.");
    assertThat(Messages.format(Locale.JAPANESE, "trial.code.duplicate", "IL2-HAI"))
        .isEqualTo("試験コード IL2-HAI の試験はすでに存在します。");
  }
}
