package org.trialdesk.treatment.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.safety.boundary.AdverseEventDocument;
import org.trialdesk.treatment.boundary.AdministrationDocument;
import org.trialdesk.treatment.boundary.TreatmentService;
import org.trialdesk.treatment.control.TreatmentTimeline;

/** A subject's course of doses and adverse events as the treatment page charts it. */
final class CourseChart {

  private CourseChart() {}

  /** The course as a Chart.js configuration, axis titles and event labels in {@code locale}. */
  static String of(
      TreatmentService.Course course, List<AdverseEventDocument> events, Locale locale) {
    List<TreatmentTimeline.Dose> doses =
        course.given().stream()
            .filter(d -> !d.voided())
            .map(d -> new TreatmentTimeline.Dose(d.givenOn(), d.agent(), d.dose(), comparable(d)))
            .toList();
    List<TreatmentTimeline.Event> shown =
        events.stream()
            .map(
                e ->
                    new TreatmentTimeline.Event(
                        e.term() + " · " + Messages.format(locale, "ae.grade") + " " + e.grade(),
                        e.grade(),
                        e.onsetDate(),
                        e.resolutionDate()))
            .toList();
    return TreatmentTimeline.chart(
        course.randomizedOn(),
        course.today(),
        doses,
        shown,
        new TreatmentTimeline.Titles(
            Messages.format(locale, "treatment.chart.days"),
            Messages.format(locale, "treatment.chart.percent"),
            Messages.format(locale, "ae.grade")));
  }

  /** The dose given as a percentage of the planned one, when the units compare. */
  static BigDecimal percentOfPlanned(AdministrationDocument dose) {
    return TreatmentTimeline.percentOfPlanned(dose.dose(), comparable(dose));
  }

  private static BigDecimal comparable(AdministrationDocument dose) {
    return TreatmentTimeline.plannedInGivenUnit(
        dose.plannedDose(), dose.plannedUnit(), dose.unit());
  }
}
