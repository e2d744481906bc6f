package org.trialdesk.trial.boundary;

import java.math.BigDecimal;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.DoseUnit;
import org.trialdesk.trial.entity.DurationUnit;
import org.trialdesk.trial.entity.Route;
import org.trialdesk.trial.entity.Schedule;

/**
 * A regimen line in the API. Codes travel as strings so an unknown one is reported against its
 * field; {@code text} is the line as people read it, in the caller's language, and is ignored on
 * input.
 */
public record AgentDoseDocument(
    String agent,
    BigDecimal dose,
    @EnumName(DoseUnit.class) String unit,
    @EnumName(Route.class) String route,
    @EnumName(Schedule.class) String schedule,
    Integer durationAmount,
    @EnumName(DurationUnit.class) String durationUnit,
    String text) {}
