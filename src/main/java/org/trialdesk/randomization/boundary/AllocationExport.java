package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.trialdesk.platform.csv.SpreadsheetCsv;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.randomization.entity.Allocation;
import org.trialdesk.trial.boundary.TrialService;

/**
 * The allocation log as a CSV file for a monitor's own checks: every record the given filters and
 * sort select (not just the page on screen), with the same columns and the same masking as the REST
 * documents, so a blinded reader gets no arm, draw or hash.
 */
@ApplicationScoped
public class AllocationExport {

  static final List<String> HEADER =
      List.of(
          "sequence",
          "subjectId",
          "siteCode",
          "stratum",
          "stratumSequence",
          "factors",
          "arm",
          "treatmentCode",
          "algorithm",
          "algorithmVersion",
          "schemeVersion",
          "blockNumber",
          "blockSize",
          "blockPosition",
          "scores",
          "draw",
          "imported",
          "randomizedAt",
          "randomizedBy",
          "previousHash",
          "hash");

  @Inject AllocationLog log;
  @Inject TrialService trials;

  /** The CSV of every allocation {@code request}'s filters select, in its order. */
  public String csv(String trialCode, PageRequest request) {
    boolean armsVisible = log.armsVisible(trials.find(trialCode));
    List<List<?>> rows = new ArrayList<>();
    List<Allocation> page;
    int first = 0;
    do {
      page =
          log.page(
              trialCode,
              new PageRequest(
                  first,
                  PageRequest.MAX_SIZE,
                  request.sortBy(),
                  request.ascending(),
                  request.filters()));
      page.forEach(a -> rows.add(row(AllocationsResource.document(a, armsVisible))));
      first += page.size();
    } while (page.size() == PageRequest.MAX_SIZE);
    return SpreadsheetCsv.of(HEADER, rows);
  }

  private static List<?> row(AllocationsResource.AllocationDocument d) {
    return java.util.Arrays.asList(
        d.sequence(),
        d.subjectId(),
        d.siteCode(),
        d.stratum(),
        d.stratumSequence(),
        d.factors(),
        d.arm(),
        d.treatmentCode(),
        d.algorithm(),
        d.algorithmVersion(),
        d.schemeVersion(),
        d.blockNumber(),
        d.blockSize(),
        d.blockPosition(),
        d.scores(),
        d.draw(),
        d.imported(),
        d.randomizedAt() == null ? null : d.randomizedAt().toString(),
        d.randomizedBy(),
        d.previousHash(),
        d.hash());
  }
}
