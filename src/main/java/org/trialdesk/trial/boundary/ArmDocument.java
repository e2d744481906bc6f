package org.trialdesk.trial.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An arm in the API: its code, name, allocation ratio weight and regimen; {@code reasonForChange}
 * is required when updating.
 */
public record ArmDocument(
    String code,
    String name,
    String nameJa,
    Integer ratio,
    String description,
    List<@Valid AgentDoseDocument> regimen,
    @Size(max = 1000) String reasonForChange) {}
