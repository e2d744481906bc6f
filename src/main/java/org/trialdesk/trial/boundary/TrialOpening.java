package org.trialdesk.trial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;
import org.trialdesk.platform.error.UnmetConditionsException;
import org.trialdesk.trial.control.TrialReadiness;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.Trial;

/**
 * Whether a trial may open for recruitment: reads what the trial cannot see itself — its sites and
 * its scheme, through the ports the higher capabilities implement — once, and hands plain facts to
 * {@link TrialReadiness}. Called by {@link TrialService}, which checks the caller's rights.
 */
@ApplicationScoped
public class TrialOpening {

  @Inject SchemeConfiguration schemes;
  @Inject SiteParticipations participations;

  /**
   * A trial's set-up: its sites, its scheme ({@code null} when none is configured) and what is
   * missing before it may open.
   */
  public record SetupState(
      Trial trial,
      List<ParticipationDocument> sites,
      SchemeDocument scheme,
      List<TrialReadiness.Missing> missing)
      implements Serializable {}

  SetupState state(Trial trial) {
    List<ParticipationDocument> sites = participations.ofTrial(trial.getCode());
    SchemeDocument scheme = schemes.schemeOf(trial.getCode()).orElse(null);
    return new SetupState(trial, sites, scheme, missing(trial, sites, scheme));
  }

  /** Refuses to open {@code trial} with every missing item named, or returns. */
  void requireReady(Trial trial) {
    List<TrialReadiness.Missing> missing = state(trial).missing();
    if (!missing.isEmpty()) {
      throw new UnmetConditionsException(
          "status",
          "readiness.refused",
          missing.stream()
              .map(
                  m ->
                      new UnmetConditionsException.Condition(
                          m.code(), m.field(), m.key(), m.arguments()))
              .toList(),
          trial.getCode(),
          missing.size());
    }
  }

  private static List<TrialReadiness.Missing> missing(
      Trial trial, List<ParticipationDocument> sites, SchemeDocument scheme) {
    TrialReadiness.Scheme facts =
        scheme == null
            ? null
            : new TrialReadiness.Scheme(
                RandomizationMethod.valueOf(scheme.method()),
                scheme.blockSizes(),
                Stream.concat(
                        orEmpty(scheme.stratifyBy()).stream(),
                        orEmpty(scheme.minimizationFactors()).stream()
                            .map(SchemeDocument.FactorWeight::factor))
                    .toList());
    long active =
        sites.stream().filter(p -> p.statusOrDefault() == ParticipationStatus.ACTIVE).count();
    return TrialReadiness.missing(trial, facts, active);
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
