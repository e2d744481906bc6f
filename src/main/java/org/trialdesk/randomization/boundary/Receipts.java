package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.trialdesk.enrollment.boundary.EnrollmentService;
import org.trialdesk.enrollment.entity.Subject;
import org.trialdesk.platform.error.FieldError;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.randomization.control.ReceiptCodes;
import org.trialdesk.randomization.control.ReceiptKeyring;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.security.boundary.CurrentUser;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/**
 * Checks receipt codes that sites kept against the allocation log: a record is present, missing (no
 * allocation for that subject any more) or altered (one exists, but not the one the receipt was
 * made for). Open to those who verify the chain; a site could otherwise probe others' records.
 */
@ApplicationScoped
@Transactional
public class Receipts {

  /** Codes per request: a whole trial's worth, small enough for one query. */
  public static final int MAX_CODES = 500;

  public enum Status {
    PRESENT,
    MISSING,
    ALTERED
  }

  /** The verdict on one code ({@code status} as its name, the API's contract). */
  public record Check(String receipt, String status, String subjectId) {}

  @PersistenceContext EntityManager em;
  @Inject TrialService trials;
  @Inject ReceiptKeys keys;
  @Inject CurrentUser caller;
  @Inject ConstraintCheck validation;
  @Inject EnrollmentService enrollment;
  @Inject Assignments assignments;
  @Inject Blinding blinding;

  /**
   * The verdict per code, in the order given. Codes that cannot be read, or are signed with a key
   * this server does not hold, refuse the whole request (400, each named {@code [index]}): a
   * verdict on them would be a guess.
   */
  public List<Check> check(String trialCode, List<String> codes) {
    Trial trial = trialToCheck(trialCode);
    if (codes.size() > MAX_CODES) {
      throw new InvalidInputException(null, "receipt.tooMany", codes.size(), MAX_CODES);
    }
    ReceiptKeyring keyring = keys.keyring();
    List<ReceiptCodes.Parsed> parsed = new ArrayList<>();
    List<FieldError> problems = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      try {
        ReceiptCodes.Parsed one = ReceiptCodes.parse(code);
        if (!keyring.holds(one.keyId())) {
          problems.add(validation.error("[" + i + "]", "receipt.unknownKey", one.keyId()));
        }
        parsed.add(one);
      } catch (ReceiptCodes.Malformed malformed) {
        problems.add(validation.error("[" + i + "]", "receipt.malformed"));
        parsed.add(null);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    Map<String, List<Allocation>> bySubject = allocations(trial, parsed);
    List<Check> checks = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      ReceiptCodes.Parsed code = parsed.get(i);
      List<Allocation> stored = bySubject.getOrDefault(code.subjectId(), List.of());
      Status status =
          stored.isEmpty()
              ? Status.MISSING
              : stored.stream()
                      .anyMatch(a -> ReceiptCodes.matches(keyring, code, recordOf(trialCode, a)))
                  ? Status.PRESENT
                  : Status.ALTERED;
      checks.add(new Check(codes.get(i).strip(), status.name(), code.subjectId()));
    }
    return checks;
  }

  /** The trial whose receipts the caller may check (403 for the sites, 404 for no such trial). */
  public Trial trialToCheck(String trialCode) {
    caller.require(Capability.READ_ALLOCATIONS);
    return trials.find(trialCode);
  }

  private Map<String, List<Allocation>> allocations(Trial trial, List<ReceiptCodes.Parsed> parsed) {
    Set<String> subjects = new LinkedHashSet<>();
    parsed.forEach(p -> subjects.add(p.subjectId()));
    if (subjects.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select a from Allocation a where a.trialId = :trial and a.subjectId in :subjects",
            Allocation.class)
        .setParameter("trial", trial.getId())
        .setParameter("subjects", subjects)
        .getResultStream()
        .collect(Collectors.groupingBy(Allocation::getSubjectId));
  }

  /**
   * The printable confirmation of a subject's randomization, for whoever may see the subject (its
   * site, monitors, administrators): the arm only when the caller may know it.
   */
  public Confirmation confirmation(String trialCode, String subjectId) {
    Subject subject = enrollment.find(trialCode, subjectId);
    Allocation allocation =
        assignments
            .allocationOf(subject)
            .orElseThrow(() -> new NotFoundException("randomization.notYet", subjectId));
    Trial trial = subject.getTrial();
    return new Confirmation(
        trial.getCode(),
        trial.getTitle(),
        allocation.getSubjectId(),
        subject.getSite().getCode(),
        subject.getSite().getName(),
        subject.getSite().getTimeZone(),
        blinding.armVisible(trial, subject) ? allocation.getArm() : null,
        allocation.getTreatmentCode(),
        allocation.getRandomizedAt(),
        allocation.getRandomizedBy(),
        keys.receiptOf(trial.getCode(), allocation));
  }

  static ReceiptCodes.Record recordOf(String trialCode, Allocation a) {
    return new ReceiptCodes.Record(
        trialCode, a.getSubjectId(), a.getArm(), a.getTreatmentCode(), a.getRandomizedAt());
  }
}
