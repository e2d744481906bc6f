package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.trialdesk.platform.csv.SpreadsheetCsv;
import org.trialdesk.platform.persistence.PageRequest;
import org.trialdesk.platform.persistence.Pages;
import org.trialdesk.trial.boundary.TrialService;

/**
 * The allocation log as a CSV file for a monitor's own checks: every record the given filters and
 * sort select (not just the page on screen), as the REST documents with their masking, so a blinded
 * reader gets no arm, draw or hash.
 */
@ApplicationScoped
public class AllocationExport {

  @Inject AllocationLog log;
  @Inject TrialService trials;

  /** The CSV of every allocation {@code request}'s filters select, in its order. */
  public String csv(String trialCode, PageRequest request) {
    boolean armsVisible = log.armsVisible(trials.find(trialCode));
    return SpreadsheetCsv.ofRecords(
        AllocationsResource.AllocationDocument.class,
        Pages.every(
                first ->
                    log.page(
                        trialCode,
                        new PageRequest(
                            first,
                            PageRequest.MAX_SIZE,
                            request.sortBy(),
                            request.ascending(),
                            request.filters())))
            .stream()
            .map(a -> AllocationsResource.document(a, armsVisible))
            .toList());
  }
}
