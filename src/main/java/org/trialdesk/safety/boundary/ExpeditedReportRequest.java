package org.trialdesk.safety.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.safety.entity.ExpeditedReportKind;

/**
 * The sponsor records that an expedited report of a SUSAR was submitted: which one, and on what
 * day; correcting a day recorded before needs a reason.
 */
public record ExpeditedReportRequest(
    @NotNull @EnumName(ExpeditedReportKind.class) String kind,
    @NotNull LocalDate submittedOn,
    @Size(max = 1000) String reasonForChange) {}
