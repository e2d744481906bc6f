package org.trialdesk.trial.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.TrialStatus;

/** A request to move a trial on in its lifecycle, with the reason for the change. */
public record StatusChangeDocument(
    @NotNull @EnumName(TrialStatus.class) String status,
    @NotBlank @Size(max = 1000) String reasonForChange) {}
