package org.trialdesk.trial.control;

import java.util.ArrayList;
import java.util.List;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.RandomizationMethod;
import org.trialdesk.trial.entity.StratificationFactor;
import org.trialdesk.trial.entity.Trial;

/**
 * Whether a trial is ready to open for recruitment: at least two arms, each with its regimen;
 * eligibility criteria; an active participating site; and a randomization scheme that still fits
 * the arms and factors (a scheme stored before an arm was added or a factor removed may no longer
 * divide into the ratio or may name a factor that is gone). Every gap is named at once, so the
 * administrator sees the whole list rather than one refusal after another.
 *
 * <p>The scheme and the sites belong to capabilities that depend on trials, not the other way
 * round; the trial boundary asks them through its own interfaces ({@code SchemeConfiguration},
 * {@code SiteParticipations}) and hands this rule plain facts, so the rule stays here, next to the
 * trial it judges, and is tested without a server.
 */
public final class TrialReadiness {

  /** The set-up steps in the order an administrator takes them; factors are optional. */
  public enum Step {
    ARMS,
    FACTORS,
    CRITERIA,
    SITES,
    SCHEME
  }

  /**
   * What the rule needs of a configured scheme.
   *
   * @param factors every factor code the scheme stratifies or minimizes by
   */
  public record Scheme(RandomizationMethod method, List<Integer> blockSizes, List<String> factors) {

    public Scheme {
      blockSizes = blockSizes == null ? List.of() : List.copyOf(blockSizes);
      factors = factors == null ? List.of() : List.copyOf(factors);
    }
  }

  /**
   * One thing missing before the trial may open.
   *
   * @param code stable, for clients ({@code arms.tooFew}); the message key is {@link #key()}
   * @param field where the gap is in the trial's set-up document
   */
  public record Missing(Step step, String code, String field, List<Object> arguments) {

    public Missing {
      arguments = List.copyOf(arguments);
    }

    public String key() {
      return "readiness." + code;
    }
  }

  private TrialReadiness() {}

  /**
   * What keeps {@code trial} from opening; empty when it is ready.
   *
   * @param scheme the current scheme, or {@code null} when none is configured
   * @param activeSites how many participating sites are active
   */
  public static List<Missing> missing(Trial trial, Scheme scheme, long activeSites) {
    List<Missing> missing = new ArrayList<>();
    List<Arm> arms = trial.getArms();
    if (arms.size() < 2) {
      missing.add(new Missing(Step.ARMS, "arms.tooFew", "arms", List.of(arms.size())));
    }
    for (int i = 0; i < arms.size(); i++) {
      if (arms.get(i).getRegimen().isEmpty()) {
        missing.add(
            new Missing(
                Step.ARMS,
                "arms.noRegimen",
                "arms[" + i + "].regimen",
                List.of(arms.get(i).getCode())));
      }
    }
    if (trial.getCriteria().isEmpty()) {
      missing.add(new Missing(Step.CRITERIA, "criteria.none", "criteria", List.of()));
    }
    if (activeSites < 1) {
      missing.add(new Missing(Step.SITES, "sites.noneActive", "sites", List.of()));
    }
    if (scheme == null) {
      missing.add(new Missing(Step.SCHEME, "scheme.none", "randomization", List.of()));
    } else {
      missing.addAll(unfit(trial, scheme));
    }
    return List.copyOf(missing);
  }

  /** The gaps of one step, in the order {@link #missing} found them. */
  public static List<Missing> of(Step step, List<Missing> missing) {
    return missing.stream().filter(m -> m.step() == step).toList();
  }

  private static List<Missing> unfit(Trial trial, Scheme scheme) {
    List<Missing> missing = new ArrayList<>();
    int ratioSum =
        trial.getArms().stream().mapToInt(a -> a.getRatio() == null ? 0 : a.getRatio()).sum();
    if (scheme.method() == RandomizationMethod.PERMUTED_BLOCK) {
      if (scheme.blockSizes().isEmpty()) {
        missing.add(
            new Missing(Step.SCHEME, "scheme.noBlockSizes", "randomization.blockSizes", List.of()));
      }
      for (int i = 0; i < scheme.blockSizes().size(); i++) {
        Integer size = scheme.blockSizes().get(i);
        // Without arms there is no ratio to divide by; "too few arms" has been said already.
        if (size != null && ratioSum > 0 && size % ratioSum != 0) {
          missing.add(
              new Missing(
                  Step.SCHEME,
                  "scheme.blockSize",
                  "randomization.blockSizes[" + i + "]",
                  List.of(size, ratioSum)));
        }
      }
    }
    List<String> factors = trial.getFactors().stream().map(StratificationFactor::getCode).toList();
    for (String factor : scheme.factors()) {
      if (!factors.contains(factor)) {
        missing.add(
            new Missing(Step.SCHEME, "scheme.factorGone", "randomization", List.of(factor)));
      }
    }
    return missing;
  }
}
