package org.trialdesk.site.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.security.boundary.SiteDirectory;
import org.trialdesk.site.entity.Site;

/** The only door to institutions. */
@ApplicationScoped
@Transactional
public class SiteService implements SiteDirectory {

  private static final List<String> SORTABLE = List.of("code", "name", "city", "country");

  @PersistenceContext EntityManager em;
  @Inject ConstraintCheck validation;
  @Inject Caller caller;
  @Inject AuditTrail trail;

  public long count(PageRequest request) {
    return Pages.count(em, Site.class, request, SORTABLE);
  }

  public List<Site> page(PageRequest request) {
    return Pages.load(em, Site.class, request, SORTABLE);
  }

  public List<Site> all() {
    return em.createQuery("select s from Site s order by s.code", Site.class).getResultList();
  }

  @Override
  public List<String> codes() {
    return all().stream().map(Site::getCode).toList();
  }

  @Override
  public Optional<String> zoneOf(String code) {
    return em.createQuery("select s.timeZone from Site s where s.code = :code", String.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Site find(String code) {
    return em.createQuery("select s from Site s where s.code = :code", Site.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("site.notFound", code));
  }

  /** The site a request refers to by code; an unknown one is a bad value of {@code field}. */
  public Site referencedBy(String field, String code) {
    try {
      return find(code);
    } catch (NotFoundException unknown) {
      throw new InvalidInputException(field, "site.notFound", code);
    }
  }

  /**
   * Adds a new site, or stores the edits of an existing one with the reason for the change (the
   * code never changes).
   */
  public Site save(Site edited, String reasonForChange) {
    caller.require(Capability.SET_UP);
    validation.require(edited);
    if (edited.getId() == null) {
      if (exists(edited.getCode())) {
        throw new ConflictException("code", "site.code.duplicate", edited.getCode());
      }
      em.persist(edited);
      trail.created(edited);
      return edited;
    }
    String reason = AuditTrail.requireReason(reasonForChange);
    Site stored = find(edited.getCode());
    if (stored.getVersion() != edited.getVersion()) {
      throw new ConflictException(null, "problem.concurrentChange");
    }
    Map<String, String> before = stored.auditState();
    stored.setName(edited.getName());
    stored.setNameJa(edited.getNameJa());
    stored.setCity(edited.getCity());
    stored.setCountry(edited.getCountry());
    stored.setTimeZone(edited.getTimeZone());
    em.flush();
    trail.changed(stored, before, reason);
    return stored;
  }

  private boolean exists(String code) {
    return !em.createQuery("select s.id from Site s where s.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }
}
