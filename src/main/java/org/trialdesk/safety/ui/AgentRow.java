package org.trialdesk.safety.ui;

import java.io.Serializable;
import org.trialdesk.safety.entity.ActionTaken;
import org.trialdesk.safety.entity.Attribution;

/** One agent of the regimen with what the reporter says of it. */
public class AgentRow implements Serializable {
  private static final long serialVersionUID = 1L;
  private final String agent;
  private Attribution attribution;
  private ActionTaken action = ActionTaken.NONE;

  AgentRow(String agent) {
    this.agent = agent;
  }

  public String getAgent() {
    return agent;
  }

  public Attribution getAttribution() {
    return attribution;
  }

  public void setAttribution(Attribution attribution) {
    this.attribution = attribution;
  }

  public ActionTaken getAction() {
    return action;
  }

  public void setAction(ActionTaken action) {
    this.action = action;
  }
}
