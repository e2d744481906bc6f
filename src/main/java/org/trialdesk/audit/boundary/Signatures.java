package org.trialdesk.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.trialdesk.audit.control.ContentHash;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.audit.entity.Signature;
import org.trialdesk.audit.entity.SignatureMeaning;
import org.trialdesk.platform.error.InvalidInputException;
import org.trialdesk.platform.security.Caller;
import org.trialdesk.platform.security.PasswordConfirmation;

/**
 * Electronic signatures of any auditable record (trials now; AEs, SAE reports and case books
 * later). Signing asks for the signer's password again and is audited.
 */
@ApplicationScoped
@Transactional
public class Signatures {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject PasswordConfirmation passwords;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  /** A signature with whether it still holds for the record as it is now. */
  public record Shown(Signature signature, boolean valid) {}

  public Signature sign(Auditable record, SignatureMeaning meaning, String password) {
    if (meaning == null) {
      throw new InvalidInputException("meaning", "signature.meaningRequired");
    }
    String printedName = passwords.printedNameIfCorrect(caller.username(), password);
    if (printedName == null) {
      throw new InvalidInputException("password", "signature.wrongPassword");
    }
    Signature signature =
        new Signature(
            record, hashOf(record), meaning, caller.username(), printedName, Instant.now(clock));
    em.persist(signature);
    trail.event(AuditAction.SIGN, record, meaning.name());
    return signature;
  }

  /** The signatures of a record, newest first, each shown valid or invalidated. */
  public List<Shown> of(Auditable record) {
    String current = hashOf(record);
    return em.createQuery(
            "select s from Signature s where s.entityType = :type and s.entityKey = :key"
                + " order by s.signedAt desc, s.id desc",
            Signature.class)
        .setParameter("type", record.auditType())
        .setParameter("key", record.auditKey())
        .getResultStream()
        .map(s -> new Shown(s, s.validFor(current)))
        .toList();
  }

  private static String hashOf(Auditable record) {
    return ContentHash.of(record.auditType(), record.auditKey(), record.auditState());
  }
}
