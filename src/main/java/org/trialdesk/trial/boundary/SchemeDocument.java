package org.trialdesk.trial.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.RandomizationMethod;

/**
 * A trial's randomization scheme (docs/api.md). On input, {@code amendment} and {@code
 * reasonForChange} are needed to change the scheme of a trial that is no longer a draft; {@code
 * version}, {@code configuredAt} and {@code configuredBy} are only returned.
 */
public record SchemeDocument(
    @NotNull @EnumName(RandomizationMethod.class) String method,
    List<@NotNull @Positive Integer> blockSizes,
    List<@NotBlank String> stratifyBy,
    List<@NotNull @Valid FactorWeight> minimizationFactors,
    @Pattern(regexp = "RANGE|VARIANCE", message = "{org.trialdesk.validation.Imbalance.message}")
        String imbalance,
    @DecimalMin(
            value = "0",
            inclusive = false,
            message = "{org.trialdesk.validation.Probability.message}")
        @DecimalMax(value = "1", message = "{org.trialdesk.validation.Probability.message}")
        BigDecimal preferredArmProbability,
    @Positive Integer stratumCap,
    Integer version,
    Instant configuredAt,
    String configuredBy,
    Boolean amendment,
    @Size(max = 1000) String reasonForChange) {

  /** A minimization factor and its weight (default 1). */
  public record FactorWeight(
      @NotBlank String factor,
      @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal weight) {}
}
