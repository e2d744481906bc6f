package org.trialdesk.safety.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.trialdesk.audit.boundary.AuditTrail;
import org.trialdesk.audit.entity.AuditAction;
import org.trialdesk.audit.entity.Auditable;
import org.trialdesk.platform.error.InvalidFieldsException;
import org.trialdesk.platform.error.NotFoundException;
import org.trialdesk.platform.i18n.GeneratedText;
import org.trialdesk.platform.persistence.DatabaseReady;
import org.trialdesk.platform.security.Capability;
import org.trialdesk.platform.validation.ConstraintCheck;
import org.trialdesk.safety.control.CtcaeEncoding;
import org.trialdesk.safety.control.CtcaeFile;
import org.trialdesk.safety.control.CtcaeRow;
import org.trialdesk.safety.entity.CtcaeTerm;
import org.trialdesk.security.boundary.CurrentUser;

/**
 * The CTCAE dictionary: a small starter set written by this project, loaded on first start, and
 * whatever NCI term list an administrator imports, English or bilingual (with Japanese columns). An
 * import adds and updates terms, never removes one (adverse events refer to them), and is refused
 * whole if any line is wrong.
 */
@ApplicationScoped
@Transactional
public class CtcaeDictionary {

  private static final Logger LOG = Logger.getLogger(CtcaeDictionary.class.getName());

  @PersistenceContext EntityManager em;
  @Inject CurrentUser caller;
  @Inject ConstraintCheck validation;
  @Inject AuditTrail trail;

  /** What an import did; {@code japanese}: how many of the terms read have a Japanese name. */
  public record ImportSummary(int terms, long socs, int added, int updated, int japanese) {}

  /**
   * Loads the starter dictionary into an empty database; into one loaded before the starter had
   * Japanese texts, adds them to the starter's terms that still have none.
   */
  void loadStarterOnFirstStart(@Observes DatabaseReady ready) {
    CtcaeFile.Result starter = starter();
    if (em.createQuery("select count(t) from CtcaeTerm t", Long.class).getSingleResult() > 0) {
      // One query on every start, which finds nothing once the starter terms are translated.
      Map<Long, CtcaeTerm> untranslated =
          em.createQuery(
                  "select t from CtcaeTerm t where t.source = :starter and t.termJa is null",
                  CtcaeTerm.class)
              .setParameter("starter", CtcaeTerm.STARTER)
              .getResultStream()
              .collect(Collectors.toMap(CtcaeTerm::getMeddraCode, t -> t));
      for (CtcaeRow row : starter.rows()) {
        CtcaeTerm term = untranslated.get(row.meddraCode());
        if (term != null) {
          translate(term, row);
        }
      }
      return;
    }
    store(starter.rows(), CtcaeTerm.STARTER);
    LOG.info("CTCAE starter dictionary loaded: " + starter.rows().size() + " terms");
  }

  private static CtcaeFile.Result starter() {
    try (InputStream in = CtcaeDictionary.class.getResourceAsStream("/ctcae/starter.csv");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CtcaeFile.Result starter = CtcaeFile.read(reader);
      if (!starter.problems().isEmpty()) {
        throw new IllegalStateException("The starter dictionary is broken: " + starter.problems());
      }
      return starter;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports a term list in NCI's tabular layout (bytes as NCI publishes them), or a bilingual one
   * with Japanese columns (docs/ctcae.md).
   */
  public ImportSummary importFile(byte[] file) {
    caller.require(Capability.IMPORT_DICTIONARY);
    CtcaeFile.Result result = CtcaeFile.read(new StringReader(CtcaeEncoding.decode(file)));
    if (!result.problems().isEmpty()) {
      throw new InvalidFieldsException(
          result.problems().stream()
              .map(p -> validation.error(p.field(), p.key(), p.arguments().toArray()))
              .toList());
    }
    int[] counts = store(result.rows(), CtcaeTerm.IMPORTED);
    ImportSummary summary =
        new ImportSummary(
            result.rows().size(),
            result.socCount(),
            counts[0],
            counts[1],
            (int) result.rows().stream().filter(r -> japaneseName(r) != null).count());
    trail.event(
        AuditAction.IMPORT,
        DICTIONARY,
        GeneratedText.of(
            "ctcae.importedAudit",
            summary.terms(),
            summary.socs(),
            summary.added(),
            summary.updated(),
            summary.japanese()));
    return summary;
  }

  /**
   * Adds and updates terms by MedDRA code, the identity adverse events refer to. A bilingual file
   * replaces the Japanese texts; an English-only one says nothing of them and leaves them be.
   */
  private int[] store(List<CtcaeRow> rows, String source) {
    int added = 0;
    int updated = 0;
    for (CtcaeRow row : rows) {
      CtcaeTerm term = em.find(CtcaeTerm.class, row.meddraCode());
      if (term == null) {
        term = new CtcaeTerm(row.meddraCode());
        term.describe(row.soc(), row.term(), row.grades(), row.definition(), source);
        em.persist(term);
        added++;
      } else {
        term.describe(row.soc(), row.term(), row.grades(), row.definition(), source);
        updated++;
      }
      translate(term, row);
    }
    return new int[] {added, updated};
  }

  private static void translate(CtcaeTerm term, CtcaeRow row) {
    CtcaeRow.Japanese ja = row.japanese();
    if (ja != null) {
      term.translate(ja.soc(), ja.term(), ja.grades(), ja.definition());
    }
  }

  private static String japaneseName(CtcaeRow row) {
    return row.japanese() == null ? null : row.japanese().term();
  }

  public CtcaeTerm find(long meddraCode) {
    CtcaeTerm term = em.find(CtcaeTerm.class, meddraCode);
    if (term == null) {
      throw new NotFoundException("ctcae.term.notFound", meddraCode);
    }
    return term;
  }

  /**
   * Terms whose English or Japanese name contains {@code text} (any case), optionally of one SOC
   * (named in either language), by English name.
   */
  public List<CtcaeTerm> search(String text, String soc, int max) {
    return em.createQuery(
            "select t from CtcaeTerm t where (lower(t.term) like :text or lower(t.termJa) like :text)"
                + " and (:soc is null or t.soc = :soc or t.socJa = :soc) order by t.term",
            CtcaeTerm.class)
        .setParameter("text", "%" + (text == null ? "" : text.toLowerCase(Locale.ROOT)) + "%")
        .setParameter("soc", soc == null || soc.isBlank() ? null : soc)
        .setMaxResults(Math.max(1, Math.min(max, 1000)))
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(t) from CtcaeTerm t", Long.class).getSingleResult();
  }

  /** How many terms have a Japanese name. */
  public long japaneseCount() {
    return em.createQuery("select count(t) from CtcaeTerm t where t.termJa is not null", Long.class)
        .getSingleResult();
  }

  public long socCount() {
    return em.createQuery("select count(distinct t.soc) from CtcaeTerm t", Long.class)
        .getSingleResult();
  }

  /** The dictionary as a record of the audit trail. */
  private static final Auditable DICTIONARY =
      new Auditable() {
        @Override
        public String auditType() {
          return "CtcaeDictionary";
        }

        @Override
        public String auditKey() {
          return "ctcae";
        }

        @Override
        public Map<String, String> auditState() {
          return Map.of();
        }
      };
}
