package org.trialdesk.trial.boundary;

import java.math.BigDecimal;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.DurationUnit;

/**
 * A regimen line in the API. Unit, route and schedule are codes of the regimen vocabulary ({@code
 * /regimen-terms}), checked against it when the line is stored; a cycle is its length in days, the
 * days of administration within it ("1-14", "1,8,15") and the number of cycles. {@code text} is the
 * line as people read it, in the caller's language, and is ignored on input.
 */
public record AgentDoseDocument(
    String agent,
    BigDecimal dose,
    String unit,
    String route,
    String schedule,
    Integer durationAmount,
    @EnumName(DurationUnit.class) String durationUnit,
    Integer cycleLengthDays,
    String cycleDays,
    Integer cycles,
    String text) {}
