package org.trialdesk.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.site.entity.Site;
import org.trialdesk.site.entity.TrialParticipation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.ParticipationStatus;
import org.trialdesk.trial.entity.Trial;

/** Which sites take part in which trial, in what standing and with what cap. */
@ApplicationScoped
@Transactional
public class ParticipationService {

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject SiteService sites;
  @Inject ConstraintCheck validation;
  @Inject Clock clock;
  @Inject Caller caller;
  @Inject AuditTrail trail;

  /** The participations of a trial the caller may see: coordinators see their own sites only. */
  public List<TrialParticipation> ofTrial(String trialCode) {
    return allOfTrial(trialCode).stream()
        .filter(p -> caller.maySee(p.getSite().getCode()))
        .toList();
  }

  private List<TrialParticipation> allOfTrial(String trialCode) {
    return em.createQuery(
            "select p from TrialParticipation p join fetch p.site"
                + " where p.trial.code = :code order by p.site.code",
            TrialParticipation.class)
        .setParameter("code", trialCode)
        .getResultList();
  }

  /** One participation; another site's answers as if it did not exist. */
  public TrialParticipation find(String trialCode, String siteCode) {
    if (!caller.maySee(siteCode)) {
      throw new NotFoundException("participation.notFound", siteCode, trialCode);
    }
    return em.createQuery(
            "select p from TrialParticipation p join fetch p.site"
                + " where p.trial.code = :trial and p.site.code = :site",
            TrialParticipation.class)
        .setParameter("trial", trialCode)
        .setParameter("site", siteCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("participation.notFound", siteCode, trialCode));
  }

  /** Lets a site take part in a trial; a site takes part in a trial at most once. */
  public TrialParticipation join(
      Trial trial, Site site, ParticipationStatus status, Integer cap, LocalDate activatedOn) {
    caller.require(Capability.SET_UP);
    boolean already =
        !em.createQuery(
                "select p.id from TrialParticipation p where p.trial = :trial and p.site = :site",
                Long.class)
            .setParameter("trial", trial)
            .setParameter("site", site)
            .getResultList()
            .isEmpty();
    if (already) {
      throw new ConflictException(
          "code", "participation.duplicate", site.getCode(), trial.getCode());
    }
    TrialParticipation participation = new TrialParticipation(trial, site);
    participation.setCap(cap);
    participation.setActivatedOn(activatedOn);
    participation.changeStatus(status, LocalDate.now(clock));
    em.persist(validation.require(participation));
    trail.created(participation);
    return participation;
  }

  /** Joins the site named in field {@code siteField} of a request to a trial. */
  public TrialParticipation join(
      String trialCode,
      String siteField,
      String siteCode,
      ParticipationStatus status,
      Integer cap,
      LocalDate on) {
    // Rights before the lookups, so a refused caller learns nothing about which sites exist.
    caller.require(Capability.SET_UP);
    return join(trials.find(trialCode), sites.referencedBy(siteField, siteCode), status, cap, on);
  }

  public TrialParticipation change(
      String trialCode,
      String siteCode,
      ParticipationStatus status,
      Integer cap,
      String reasonForChange) {
    caller.require(Capability.SET_UP);
    String reason = AuditTrail.requireReason(reasonForChange);
    TrialParticipation participation = find(trialCode, siteCode);
    Map<String, String> before = participation.auditState();
    participation.setCap(cap);
    participation.changeStatus(status, LocalDate.now(clock));
    validation.require(participation);
    trail.changed(participation, before, reason);
    return participation;
  }
}
