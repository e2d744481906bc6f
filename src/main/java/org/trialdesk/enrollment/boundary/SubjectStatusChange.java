package org.trialdesk.enrollment.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trialdesk.enrollment.entity.SubjectStatus;
import org.trialdesk.platform.validation.EnumName;

/** A request to move a subject on in its lifecycle, with the reason (withdrawal, loss, …). */
public record SubjectStatusChange(
    @NotNull @EnumName(SubjectStatus.class) String status,
    @NotBlank @Size(max = 1000) String reasonForChange) {}
