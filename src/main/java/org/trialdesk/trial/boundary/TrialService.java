package org.trialdesk.trial.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.boundary.Signatures;
import org.trialdesk.audit.entity.Signature;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.error.ConflictException;
import org.trialdesk.platform.error.ForbiddenException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.control.TrialSigning;
import org.trialdesk.trial.entity.AgentDose;
import org.trialdesk.trial.entity.Arm;
import org.trialdesk.trial.entity.Trial;
import org.trialdesk.trial.entity.TrialStatus;

/**
 * The only door to trials and their arms, for pages and the API alike. Every trial it hands out is
 * loaded whole (arms, regimens, factors, criteria), so callers may read it after the transaction.
 */
@ApplicationScoped
@Transactional
public class TrialService {

  private static final List<String> SORTABLE = List.of("code", "title", "phase", "status");

  @PersistenceContext EntityManager em;
  @Inject ConstraintCheck validation;
  @Inject CurrentUser caller;
  @Inject AuditTrail trail;
  @Inject Signatures signatures;
  @Inject RegimenVocabulary vocabulary;
  @Inject TrialOpening opening;

  public long count(PageRequest request) {
    return Pages.count(em, Trial.class, request, SORTABLE);
  }

  public List<Trial> page(PageRequest request) {
    return Pages.load(em, Trial.class, request, SORTABLE).stream()
        .map(TrialService::whole)
        .toList();
  }

  public Trial find(String code) {
    return whole(managed(code));
  }

  public Trial create(Trial trial) {
    caller.require(Capability.SET_UP);
    validation.require(trial);
    if (exists(trial.getCode())) {
      throw new ConflictException("code", "trial.code.duplicate", trial.getCode());
    }
    requireDistinctArmCodes(trial.getArms());
    Map<String, List<AgentDose>> regimens = new LinkedHashMap<>();
    for (int i = 0; i < trial.getArms().size(); i++) {
      regimens.put("arms[" + i + "].regimen", trial.getArms().get(i).getRegimen());
    }
    vocabulary.requireValid(regimens);
    em.persist(trial);
    trail.created(trial);
    trial.getArms().forEach(trail::created);
    return trial;
  }

  /** Stores what an editor changed in the trial's own fields, factors and criteria, and why. */
  public Trial update(Trial edited, String reasonForChange) {
    caller.require(Capability.SET_UP);
    String reason = AuditTrail.requireReason(reasonForChange);
    validation.require(edited);
    Trial stored = managed(edited.getCode());
    if (stored.getVersion() != edited.getVersion() && edited.getId() != null) {
      throw new ConflictException(null, "problem.concurrentChange");
    }
    Map<String, String> before = stored.auditState();
    if (stored.getStatus() != TrialStatus.DRAFT) {
      // Strata and blinding are part of the randomization: frozen once subjects are allocated.
      if (edited.isBlinded() != stored.isBlinded()) {
        throw new ConflictException("blinded", "trial.frozenAfterDraft", stored.getStatus());
      }
      if (!edited.auditState().get("factors").equals(before.get("factors"))) {
        throw new ConflictException("factors", "trial.frozenAfterDraft", stored.getStatus());
      }
    }
    stored.setTitle(edited.getTitle());
    stored.setTitleJa(edited.getTitleJa());
    stored.setPhase(edited.getPhase());
    stored.setTargetEnrollment(edited.getTargetEnrollment());
    stored.setBlinded(edited.isBlinded());
    stored.setSaeDeadlineHours(edited.getSaeDeadlineHours());
    stored.setResponseConfirmation(edited.isResponseConfirmation());
    stored.replaceFactors(edited.getFactors());
    stored.replaceCriteria(edited.getCriteria());
    em.flush();
    trail.changed(stored, before, reason);
    return whole(stored);
  }

  public Trial changeStatus(String code, TrialStatus next, String reason) {
    caller.require(Capability.SET_UP);
    AuditTrail.requireReason(reason);
    Trial trial = managed(code);
    if (next == TrialStatus.RECRUITING && trial.getStatus().canChangeTo(next)) {
      opening.requireReady(trial);
    }
    Map<String, String> before = trial.auditState();
    trial.changeStatus(next);
    trail.changed(trial, before, reason);
    return whole(trial);
  }

  /**
   * The trial's set-up as the guided set-up page shows it, with what keeps it from opening for
   * recruitment ({@link TrialOpening}). For administrators, who set trials up and alone may see the
   * scheme whole.
   */
  public TrialOpening.SetupState setupState(String code) {
    caller.require(Capability.SET_UP);
    return opening.state(whole(managed(code)));
  }

  /**
   * Adds an arm, or stores the edits of an existing one. Arms are added and re-weighted only while
   * the trial is a draft: once patients are allocated, the arms and their ratio are part of the
   * randomization and change only by amendment.
   */
  public Arm saveArm(String trialCode, Arm edited, String reasonForChange) {
    caller.require(Capability.SET_UP);
    validation.require(edited);
    vocabulary.requireValid(Map.of("regimen", edited.getRegimen()));
    Trial trial = managed(trialCode);
    var existing = trial.arm(edited.getCode());
    if (edited.getId() == null) {
      if (existing.isPresent()) {
        throw new ConflictException("code", "arm.code.duplicate", edited.getCode(), trialCode);
      }
      requireDraft(trial, "code");
      trial.withArm(edited);
      em.flush();
      trail.created(edited);
      return edited;
    }
    Arm stored =
        existing
            .filter(a -> a.getId().equals(edited.getId()))
            .orElseThrow(() -> new NotFoundException("arm.notFound", edited.getCode(), trialCode));
    String reason = AuditTrail.requireReason(reasonForChange);
    Map<String, String> before = stored.auditState();
    if (!stored.getRatio().equals(edited.getRatio())) {
      requireDraft(trial, "ratio");
    }
    stored.setName(edited.getName());
    stored.setNameJa(edited.getNameJa());
    stored.setRatio(edited.getRatio());
    stored.setDescription(edited.getDescription());
    stored.replaceRegimen(edited.getRegimen());
    em.flush();
    trail.changed(stored, before, reason);
    return stored;
  }

  /**
   * Signs the trial as it stands, with a meaning the caller's roles may sign ({@link TrialSigning})
   * and the caller's password typed again.
   */
  public Signature sign(String code, SignatureMeaning meaning, String password) {
    caller.require(Capability.SIGN_TRIALS);
    if (meaning == null) {
      throw new InvalidInputException("meaning", "signature.meaningRequired");
    }
    if (!TrialSigning.meaningsFor(caller.roles()).contains(meaning)) {
      throw new ForbiddenException();
    }
    return signatures.sign(managed(code), meaning, password);
  }

  public Arm arm(String trialCode, String armCode) {
    return managed(trialCode)
        .arm(armCode)
        .orElseThrow(() -> new NotFoundException("arm.notFound", armCode, trialCode));
  }

  private static void requireDraft(Trial trial, String field) {
    if (trial.getStatus() != TrialStatus.DRAFT) {
      throw new ConflictException(field, "arm.frozen", trial.getCode(), trial.getStatus());
    }
  }

  private static void requireDistinctArmCodes(List<Arm> arms) {
    for (int i = 0; i < arms.size(); i++) {
      for (int j = 0; j < i; j++) {
        if (arms.get(i).getCode().equals(arms.get(j).getCode())) {
          throw new ConflictException(
              "arms[" + i + "].code", "arm.code.repeated", arms.get(i).getCode());
        }
      }
    }
  }

  private boolean exists(String code) {
    return !em.createQuery("select t.id from Trial t where t.code = :code", Long.class)
        .setParameter("code", code)
        .getResultList()
        .isEmpty();
  }

  Trial managed(String code) {
    return em.createQuery("select t from Trial t where t.code = :code", Trial.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("trial.notFound", code));
  }

  /**
   * Touches every collection the pages and documents show, so they are loaded in the transaction.
   */
  private static Trial whole(Trial trial) {
    trial.getArms().forEach(arm -> arm.getRegimen().size());
    trial.getFactors().forEach(factor -> factor.getLevels().size());
    trial.getCriteria().size();
    return trial;
  }
}
