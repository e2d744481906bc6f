package org.trialdesk.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.ParticipationDocument;
import org.trialdesk.trial.boundary.SiteParticipations;

/**
 * A trial's participations as its set-up document shows them: what the trial capability asks for,
 * answered here because the participations are the site capability's.
 */
@ApplicationScoped
public class ParticipationDocuments implements SiteParticipations {

  @Inject ParticipationService participations;

  @Override
  public List<ParticipationDocument> ofTrial(String trialCode) {
    return participations.ofTrial(trialCode).stream()
        .map(ParticipationDocuments::toDocument)
        .toList();
  }

  @Override
  public void join(String trialCode, String field, ParticipationDocument site) {
    participations.join(
        trialCode, field, site.code(), site.statusOrDefault(), site.cap(), site.activatedOn());
  }

  public static ParticipationDocument toDocument(TrialParticipation p) {
    return new ParticipationDocument(
        p.getSite().getCode(),
        p.getSite().getName(),
        p.getSite().getNameJa(),
        p.getStatus().name(),
        p.getCap(),
        p.getActivatedOn(),
        null);
  }
}
