package org.trialdesk.safety.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.trialdesk.safety.control.ToxicityTable;

/**
 * {@code /api/v1/trials/{code}/analysis/adverse-events}: the toxicity table per arm, as JSON or,
 * with {@code Accept: text/csv}, as a CSV file for spreadsheets.
 */
@Path("trials/{code}/analysis/adverse-events")
@RequestScoped
public class ToxicityResource {

  @Inject AdverseEventService events;

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<ToxicityTable.Row> table(@PathParam("code") String trialCode) {
    return events.toxicity(trialCode);
  }

  @RolesAllowed({"ADMINISTRATOR", "MONITOR", "STATISTICIAN"})
  @GET
  @Produces("text/csv")
  public String csv(@PathParam("code") String trialCode) {
    List<ToxicityTable.Row> rows = events.toxicity(trialCode);
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
      printer.printRecord(
          "term",
          "arm",
          "subjects",
          "grade1",
          "grade2",
          "grade3",
          "grade4",
          "grade5",
          "grade3OrWorse",
          "percentGrade3OrWorse");
      for (ToxicityTable.Row row : rows) {
        for (ToxicityTable.Cell cell : row.arms()) {
          List<Object> record = new ArrayList<>(List.of(row.term(), cell.arm(), cell.subjects()));
          for (int count : cell.byGrade()) {
            record.add(count);
          }
          record.add(cell.gradeThreeOrWorse());
          record.add(cell.percentGradeThreeOrWorse());
          printer.printRecord(record);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
