package org.trialdesk.site.ui;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.trialdesk.platform.ui.PagedLazyModel;
import org.trialdesk.site.boundary.SiteService;
import org.trialdesk.site.entity.Site;

/** The site list page: a lazy table of all institutions. */
@Named
@ViewScoped
public class SiteList implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SiteService sites;

  private PagedLazyModel<Site> model;

  public PagedLazyModel<Site> getModel() {
    if (model == null) {
      model = new PagedLazyModel<>(sites::count, sites::page, Site::getCode);
    }
    return model;
  }
}
