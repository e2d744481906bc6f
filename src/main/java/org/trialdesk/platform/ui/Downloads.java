package org.trialdesk.platform.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A text the page hands over as a file (a {@code p:fileDownload}): a CSV table, an SVG drawing. */
public final class Downloads {

  private Downloads() {}

  public static StreamedContent csv(String name, String text) {
    return of(name, "text/csv", text);
  }

  public static StreamedContent of(String name, String contentType, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder().name(name).contentType(contentType).stream(
            () -> new ByteArrayInputStream(bytes))
        .build();
  }
}
