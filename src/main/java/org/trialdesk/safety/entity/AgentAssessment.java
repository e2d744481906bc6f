package org.trialdesk.safety.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** For one agent of the regimen: how likely it caused the event, and what was done with it. */
@Embeddable
public class AgentAssessment implements Serializable {

  private String agent;

  @Enumerated(EnumType.STRING)
  private Attribution attribution;

  @Enumerated(EnumType.STRING)
  @Column(name = "action_taken")
  private ActionTaken actionTaken;

  protected AgentAssessment() {}

  public AgentAssessment(String agent, Attribution attribution, ActionTaken actionTaken) {
    this.agent = agent;
    this.attribution = attribution;
    this.actionTaken = actionTaken;
  }

  public String getAgent() {
    return agent;
  }

  public Attribution getAttribution() {
    return attribution;
  }

  public ActionTaken getActionTaken() {
    return actionTaken;
  }
}
