package org.trialdesk.platform.ui;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A file a form uploaded (a plain {@code h:inputFile}, which screen readers name by its label). */
public final class UploadedText {

  private UploadedText() {}

  /** Whether a file with content came with the form. */
  public static boolean present(Part file) {
    return file != null && file.getSize() > 0;
  }

  /** The file's text, read as UTF-8. */
  public static String of(Part file) {
    try (InputStream in = file.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
