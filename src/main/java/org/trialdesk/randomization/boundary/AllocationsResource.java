package org.trialdesk.randomization.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trialdesk.platform.i18n.Messages;
import org.trialdesk.platform.i18n.SupportedLocales;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.randomization.control.AllocationChain;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.trial.boundary.TrialService;
import org.trialdesk.trial.entity.Trial;

/**
 * {@code /api/v1/trials/{code}/allocations}: the allocation log for those who audit it, its
 * verification, re-derivation, balance, monitor notifications, and the historical import.
 */
@Path("trials/{code}/allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AllocationsResource {

  @Inject AllocationLog log;
  @Inject AllocationExport export;
  @Inject AllocationImport importer;
  @Inject Receipts receipts;
  @Inject TrialService trials;
  @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers;

  /** One record of the log; {@code arm} is {@code null} for a blinded administrator. */
  public record AllocationDocument(
      long sequence,
      String subjectId,
      String siteCode,
      String stratum,
      int stratumSequence,
      String factors,
      String arm,
      String treatmentCode,
      String algorithm,
      int algorithmVersion,
      int schemeVersion,
      Integer blockNumber,
      Integer blockSize,
      Integer blockPosition,
      String scores,
      String draw,
      boolean imported,
      Instant randomizedAt,
      String randomizedBy,
      String previousHash,
      String hash) {}

  public record VerificationDocument(
      boolean valid, long records, Long firstInvalidSequence, String reason) {}

  public record ImportDocument(int imported) {}

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Transactional
  public List<AllocationDocument> list(
      @PathParam("code") String trialCode,
      @QueryParam("site") String site,
      @QueryParam("stratum") String stratum,
      @QueryParam("arm") String arm,
      @QueryParam("user") String user,
      @QueryParam("date") String date,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("max") @DefaultValue("100") int max) {
    Trial trial = trials.find(trialCode);
    boolean armsVisible = log.armsVisible(trial);
    return log.page(trialCode, request(site, stratum, arm, user, date, first, max)).stream()
        .map(a -> document(a, armsVisible))
        .toList();
  }

  /** The same selection as CSV, every matching record rather than one page. */
  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Produces("text/csv")
  @Transactional
  public String listCsv(
      @PathParam("code") String trialCode,
      @QueryParam("site") String site,
      @QueryParam("stratum") String stratum,
      @QueryParam("arm") String arm,
      @QueryParam("user") String user,
      @QueryParam("date") String date) {
    return export.csv(trialCode, request(site, stratum, arm, user, date, 0, 1));
  }

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Path("verification")
  public VerificationDocument verify(@PathParam("code") String trialCode) {
    AllocationChain.Verdict verdict = log.verify(trialCode);
    return new VerificationDocument(
        verdict.valid(),
        verdict.records(),
        verdict.firstInvalidSequence(),
        verdict.reasonKey() == null
            ? null
            : Messages.format(
                SupportedLocales.bestOf(headers.getAcceptableLanguages()),
                verdict.reasonKey(),
                verdict.firstInvalidSequence()));
  }

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Path("{sequence}/derivation")
  public AllocationLog.Rederivation rederive(
      @PathParam("code") String trialCode, @PathParam("sequence") long sequence) {
    return log.rederive(trialCode, sequence);
  }

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Path("balance")
  public AllocationLog.BalanceReport balance(@PathParam("code") String trialCode) {
    return log.balance(trialCode);
  }

  /** Emergency unblindings and other news for the monitors, newest first. */
  @RolesAllowed({"ADMINISTRATOR", "MONITOR"})
  @GET
  @Path("notifications")
  public List<org.trialdesk.randomization.entity.Notification> notifications(
      @PathParam("code") String trialCode) {
    return log.notifications(trialCode);
  }

  /** Takes the CSV file as the body ({@code text/csv}); any media type is read as text. */
  @RolesAllowed("ADMINISTRATOR")
  @POST
  @Path("import")
  public ImportDocument importCsv(@PathParam("code") String trialCode, String csv) {
    return new ImportDocument(importer.importCsv(trialCode, csv));
  }

  /**
   * Checks receipt codes kept by sites: {@code [{"receipt", "status", "subjectId"}]}, status
   * PRESENT, MISSING or ALTERED. The same people who verify the chain; the sites get 403.
   */
  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @POST
  @Path("receipts")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  public List<Receipts.Check> checkReceipts(@PathParam("code") String trialCode, String body) {
    return receipts.check(trialCode, ReceiptRequest.codes(body));
  }

  private static PageRequest request(
      String site, String stratum, String arm, String user, String date, int first, int max) {
    Map<String, String> filters = new HashMap<>();
    putIf(filters, "siteCode", site);
    putIf(filters, "stratum", stratum);
    putIf(filters, "arm", arm);
    putIf(filters, "randomizedBy", user);
    putIf(filters, "randomizedAt", date);
    return new PageRequest(first, max, "sequence", true, filters);
  }

  private static void putIf(Map<String, String> filters, String key, String value) {
    if (value != null && !value.isBlank()) {
      filters.put(key, value);
    }
  }

  static AllocationDocument document(Allocation a, boolean armVisible) {
    return new AllocationDocument(
        a.getSequence(),
        a.getSubjectId(),
        a.getSiteCode(),
        a.getStratum(),
        a.getStratumSequence(),
        a.getFactorValues(),
        armVisible ? a.getArm() : null,
        a.getTreatmentCode(),
        a.getAlgorithm(),
        a.getAlgorithmVersion(),
        a.getSchemeVersion(),
        a.getBlockNumber(),
        a.getBlockSize(),
        a.getBlockPosition(),
        armVisible ? a.getScores() : null,
        // The draw, and the hashes (by trying each arm), would give the arm away to the blind.
        armVisible ? a.getDraw() : null,
        a.isImported(),
        a.getRandomizedAt(),
        a.getRandomizedBy(),
        armVisible ? a.getPreviousHash() : null,
        armVisible ? a.getHash() : null);
  }
}
