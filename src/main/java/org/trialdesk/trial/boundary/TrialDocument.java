package org.trialdesk.trial.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.TrialPhase;

/**
 * A whole trial as the API reads and writes it (docs/api.md): {@code POST /api/v1/trials} accepts
 * what {@code GET} returns, so a trial is set up in one call. {@code status} is ignored on input: a
 * new trial is a draft, and the status moves through {@code .../status}. {@code reasonForChange} is
 * required when updating and never returned. {@code randomization} is read on creation only;
 * afterwards the scheme has its own resource, {@code .../randomization}. Fields ending in {@code
 * Ja} (here and in arms, factors, levels and criteria) are the Japanese forms of the texts before
 * them, empty when not translated.
 */
public record TrialDocument(
    String code,
    String title,
    String titleJa,
    @EnumName(TrialPhase.class) String phase,
    String status,
    Integer targetEnrollment,
    Boolean blinded,
    Integer saeDeadlineHours,
    Boolean responseConfirmation,
    List<@Valid ArmDocument> arms,
    List<@Valid FactorDocument> factors,
    List<@Valid CriterionDocument> criteria,
    List<@Valid ParticipationDocument> sites,
    @Valid SchemeDocument randomization,
    @Size(max = 1000) String reasonForChange) {}
