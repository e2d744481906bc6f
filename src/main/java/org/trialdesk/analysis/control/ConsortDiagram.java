package org.trialdesk.analysis.control;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The CONSORT flow diagram as SVG: enrolment (assessed, excluded with reasons, randomized), then
 * one column per arm for allocation, follow-up and analysis, joined by arrows. Texts come from
 * {@code text} (bundle key and arguments, in the reader's language) and are escaped here, so a
 * reason or an arm name can never become markup.
 */
public final class ConsortDiagram {

  private static final int COLUMN = 330;
  private static final int LINE = 18;
  private static final int BOX_WIDTH = 310;

  private ConsortDiagram() {}

  public static String svg(
      Consort.Flow flow,
      Function<String, String> armName,
      Function<String, String> reasonText,
      BiFunction<String, Object[], String> text) {
    int columns = Math.max(2, flow.arms().size());
    int width = columns * COLUMN + 20;
    int centre = width / 2;
    StringBuilder body = new StringBuilder();
    int y = 10;
    int top =
        box(
            body,
            centre - BOX_WIDTH / 2,
            y,
            List.of(text.apply("consort.assessed", args(flow.assessed()))));
    List<String> excluded = new ArrayList<>();
    excluded.add(text.apply("consort.excluded", args(flow.excluded())));
    flow.reasons()
        .forEach(r -> excluded.add("• " + reasonText.apply(r.reason()) + ": " + r.count()));
    int exclusionY = y + top + 20;
    int excludedHeight = box(body, centre + 30, exclusionY, excluded);
    arrow(body, centre, y + top, centre, exclusionY + excludedHeight + 30);
    arrow(body, centre, exclusionY + 12, centre + 30, exclusionY + 12);
    y = exclusionY + excludedHeight + 30;
    int randomized =
        box(
            body,
            centre - BOX_WIDTH / 2,
            y,
            List.of(text.apply("consort.randomized", args(flow.randomized()))));
    y += randomized;
    int rowY = y + 40;
    int[] heights = new int[3];
    List<List<List<String>>> stages = new ArrayList<>();
    for (Consort.Arm arm : flow.arms()) {
      String name = armName.apply(arm.arm());
      stages.add(
          List.of(
              List.of(
                  text.apply("consort.allocated", args(name, arm.allocated())),
                  text.apply("consort.received", args(arm.received())),
                  text.apply("consort.notReceived", args(arm.notReceived()))),
              List.of(
                  text.apply("consort.lost", args(arm.lostToFollowUp())),
                  text.apply("consort.discontinued", args(arm.discontinued()))),
              List.of(text.apply("consort.analysed", args(arm.analysed())))));
    }
    for (List<List<String>> arm : stages) {
      for (int s = 0; s < 3; s++) {
        heights[s] = Math.max(heights[s], 10 + arm.get(s).size() * LINE);
      }
    }
    int left = (width - flow.arms().size() * COLUMN) / 2 + (COLUMN - BOX_WIDTH) / 2;
    for (int a = 0; a < stages.size(); a++) {
      int x = left + a * COLUMN;
      int boxY = rowY;
      arrow(body, centre, y, x + BOX_WIDTH / 2, boxY);
      for (int s = 0; s < 3; s++) {
        box(body, x, boxY, stages.get(a).get(s));
        if (s < 2) {
          arrow(
              body,
              x + BOX_WIDTH / 2,
              boxY + heights[s],
              x + BOX_WIDTH / 2,
              boxY + heights[s] + 30);
        }
        boxY += heights[s] + 30;
      }
    }
    int height = rowY + heights[0] + heights[1] + heights[2] + 80;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        + width
        + "\" height=\""
        + height
        + "\" viewBox=\"0 0 "
        + width
        + " "
        + height
        + "\" role=\"img\" font-family=\"sans-serif\" font-size=\"13\">"
        // Its name for screen readers; the boxes' texts follow as the diagram's content.
        + "<title>"
        + escape(text.apply("consort.title", new Object[0]))
        + "</title>"
        + "<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"7\" refY=\"4\""
        + " orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#333\"/></marker></defs>"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + body
        + "</svg>";
  }

  /** Draws a box with one line of text per entry and returns its height. */
  private static int box(StringBuilder svg, int x, int y, List<String> lines) {
    int height = 10 + lines.size() * LINE;
    svg.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(BOX_WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" fill=\"#fff\" stroke=\"#333\"/>");
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<text x=\"")
          .append(x + 8)
          .append("\" y=\"")
          .append(y + 4 + LINE * (i + 1) - 4)
          .append("\">")
          .append(escape(lines.get(i)))
          .append("</text>");
    }
    return height;
  }

  private static void arrow(StringBuilder svg, int x1, int y1, int x2, int y2) {
    svg.append("<line x1=\"")
        .append(x1)
        .append("\" y1=\"")
        .append(y1)
        .append("\" x2=\"")
        .append(x2)
        .append("\" y2=\"")
        .append(y2)
        .append("\" stroke=\"#333\" marker-end=\"url(#arrow)\"/>");
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  private static Object[] args(Object... values) {
    return values;
  }
}
