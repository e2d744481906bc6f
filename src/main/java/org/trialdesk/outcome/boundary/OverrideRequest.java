package org.trialdesk.outcome.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.platform.validation.EnumName;

/** An investigator's response in place of the computed one, and why. */
public record OverrideRequest(
    @NotNull @EnumName(Response.class) String response, @Size(max = 1000) String reasonForChange) {}
