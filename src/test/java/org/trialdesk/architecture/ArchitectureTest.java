package org.trialdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, held in the build (docs/architecture.md explains it): capabilities depend
 * one way, lower to higher in {@link #CAPABILITIES}; inside a capability ui → boundary → control →
 * entity; Faces and PrimeFaces only in ui. Each rule is also run against a planted violation, so a
 * rule that has stopped matching anything fails here instead of passing quietly.
 */
class ArchitectureTest {

  /** Lowest first: each capability may use those before it, never those after it. */
  static final List<String> CAPABILITIES =
      List.of(
          "platform",
          "audit",
          "security",
          "trial",
          "site",
          "enrollment",
          "randomization",
          "safety",
          "treatment",
          "outcome",
          "analysis",
          "demo");

  private static JavaClasses main;
  private static JavaClasses planted;

  @BeforeAll
  static void importClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.trialdesk");
    planted = new ClassFileImporter().importPackages(ArchitectureTest.class.getPackageName());
  }

  @Test
  void capabilitiesFormNoCycle() {
    noCycleBetweenPackagesUnder("org.trialdesk").check(main);
  }

  @Test
  void eachCapabilityUsesOnlyThoseBelowIt() {
    for (int i = 0; i < CAPABILITIES.size(); i++) {
      List<String> above = CAPABILITIES.subList(i + 1, CAPABILITIES.size());
      if (!above.isEmpty()) {
        noUpwardDependency("org.trialdesk", CAPABILITIES.get(i), above).check(main);
      }
    }
  }

  @Test
  void entitiesAndRulesKnowNoBoundaryOrPage() {
    innerLayersStayInner().check(main);
  }

  @Test
  void boundariesKnowNoPage() {
    noClasses()
        .that()
        .resideInAPackage("..boundary..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..ui..")
        .because("a REST call and a page action reach the same boundary; it serves both")
        .check(main);
  }

  @Test
  void facesOnlyInPages() {
    facesOnlyInUi().check(main);
  }

  @Test
  void theRulesCatchPlantedViolations() {
    String root = ArchitectureTest.class.getPackageName() + ".planted";
    assertThatThrownBy(() -> noCycleBetweenPackagesUnder(root).check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected");
    assertThatThrownBy(() -> noUpwardDependency(root, "lower", List.of("upper")).check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("planted.upper.boundary.UpperService");
    assertThatThrownBy(() -> innerLayersStayInner().check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("planted.lower.entity.LowerRecord");
    assertThatThrownBy(() -> facesOnlyInUi().check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("jakarta.faces");
  }

  private static ArchRule noCycleBetweenPackagesUnder(String root) {
    return slices().matching(root + ".(*)..").should().beFreeOfCycles();
  }

  private static ArchRule noUpwardDependency(String root, String capability, List<String> above) {
    return noClasses()
        .that()
        .resideInAPackage(root + "." + capability + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(above.stream().map(c -> root + "." + c + "..").toArray(String[]::new))
        .because(capability + " comes before " + String.join(", ", above));
  }

  private static ArchRule innerLayersStayInner() {
    return noClasses()
        .that()
        .resideInAnyPackage("..entity..", "..control..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("..boundary..", "..ui..")
        .because("entities and clinical rules are plain Java, tested without a server");
  }

  private static ArchRule facesOnlyInUi() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("..ui..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
        .because("pages are one way in; boundaries serve REST and pages alike");
  }
}
