package org.trialdesk.outcome.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.trialdesk.outcome.entity.DeathCause;
import org.trialdesk.outcome.entity.NonTargetStatus;
import org.trialdesk.outcome.entity.Organ;
import org.trialdesk.outcome.entity.RecurrenceLocation;
import org.trialdesk.outcome.entity.Response;
import org.trialdesk.outcome.entity.VitalStatus;

/** The values the outcome forms offer, labelled from the bundles by the pages. */
@Named
@ApplicationScoped
public class OutcomeChoices {

  public Organ[] getOrgans() {
    return Organ.values();
  }

  public NonTargetStatus[] getNonTargetStatuses() {
    return NonTargetStatus.values();
  }

  public Response[] getResponses() {
    return Response.values();
  }

  public VitalStatus[] getVitalStatuses() {
    return VitalStatus.values();
  }

  public DeathCause[] getDeathCauses() {
    return DeathCause.values();
  }

  public RecurrenceLocation[] getRecurrenceLocations() {
    return RecurrenceLocation.values();
  }
}
