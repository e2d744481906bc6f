package org.trialdesk.trial.boundary;

import jakarta.validation.Valid;
import java.util.List;

/** An arm in the API: its code, name, allocation ratio weight and regimen. */
public record ArmDocument(
    String code,
    String name,
    Integer ratio,
    String description,
    List<@Valid AgentDoseDocument> regimen) {}
