package org.trialdesk.trial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.platform.validation.Refusal;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.control.RegimenFormatter;
import org.trialdesk.trial.control.RegimenRules;
import org.trialdesk.trial.control.RegimenTerms;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.RegimenTerm;
import org.trialdesk.trial.entity.RegimenTermKind;

/**
 * The routes, units and schedules regimen lines may name. Read from the database on each use rather
 * than cached, so a term one node of a cluster adds is known to all of them at once; the list is a
 * few dozen rows.
 */
@ApplicationScoped
@Transactional
public class RegimenVocabulary {

  @PersistenceContext EntityManager em;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;

  public RegimenTerms terms() {
    return new RegimenTerms(
        em.createQuery("select t from RegimenTerm t order by t.kind, t.id", RegimenTerm.class)
            .getResultList());
  }

  public RegimenFormatter formatter(Locale locale) {
    return new RegimenFormatter(Messages.bundle(locale), terms());
  }

  /** Adds a term to its list; codes are unique within a list and never reused. */
  public RegimenTerm add(RegimenTerm term) {
    caller.require(Capability.SET_UP);
    validation.require(term);
    term.setNameEn(term.getNameEn().strip());
    term.setNameJa(term.getNameJa().strip());
    if (terms().find(term.getKind(), term.getCode()).isPresent()) {
      throw new ConflictException("code", "regimenTerm.code.duplicate", term.getCode());
    }
    if (term.getKind() != RegimenTermKind.UNIT) {
      term.setSymbolFirst(false);
    }
    if (term.getKind() != RegimenTermKind.SCHEDULE) {
      term.setPerDay(false);
    }
    em.persist(term);
    trail.created(term);
    return term;
  }

  /**
   * Refuses regimen lines naming a term the vocabulary lacks or a cycle that is not whole, every
   * one at once, each against {@code prefix[i].field} with its list's prefix as the key of {@code
   * regimens}; writes accepted cycle days in their stored form.
   */
  public void requireValid(Map<String, List<AgentDose>> regimens) {
    RegimenTerms terms = terms();
    List<Refusal> refusals = new ArrayList<>();
    regimens.forEach(
        (prefix, lines) -> refusals.addAll(RegimenRules.refusals(terms, lines, prefix)));
    validation.refuse(refusals);
    regimens.values().forEach(RegimenRules::normalize);
  }
}
