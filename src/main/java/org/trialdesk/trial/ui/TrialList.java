package org.trialdesk.trial.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/** The trial list page: a lazy table of all trials. */
@Named
@ViewScoped
public class TrialList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject TrialService trials;

  private PagedLazyModel<Trial> model;

  public PagedLazyModel<Trial> getModel() {
    if (model == null) {
      model = new PagedLazyModel<>(trials::count, trials::page, Trial::getCode);
    }
    return model;
  }
}
