package org.trialdesk.trial.boundary;

import org.trialdesk.platform.validation.EnumName;
import org.trialdesk.trial.entity.CriterionType;

/** An eligibility criterion in the API. */
public record CriterionDocument(
    String code, @EnumName(CriterionType.class) String type, String text, String textJa) {}
