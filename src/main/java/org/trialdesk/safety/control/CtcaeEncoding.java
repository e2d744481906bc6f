package org.trialdesk.safety.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a dictionary file, whatever program wrote it: UTF-8 (with or without a byte order
 * mark; a bilingual file saved as "CSV UTF-8"), Shift_JIS as Japanese Excel saves a plain CSV file
 * (recognised by a Japanese column in its header), otherwise Windows-1252 as NCI's English exports
 * are. A Windows-1252 file with accented letters is never valid UTF-8, so the order is safe.
 */
public final class CtcaeEncoding {

  /** NCI's exports are Windows-1252 (a superset of Latin-1). */
  static final Charset NCI = Charset.forName("windows-1252");

  /** Japanese Windows' Shift_JIS, as Excel writes it. */
  static final Charset EXCEL_JAPANESE = Charset.forName("windows-31j");

  private CtcaeEncoding() {}

  public static String decode(byte[] file) {
    if (file == null) {
      return "";
    }
    String utf8 = strictly(file, StandardCharsets.UTF_8);
    if (utf8 != null) {
      return utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8;
    }
    if (file.length >= 3
        && file[0] == (byte) 0xEF
        && file[1] == (byte) 0xBB
        && file[2] == (byte) 0xBF) {
      // Says it is UTF-8: read so, a stray byte shown as such rather than the whole file garbled.
      return new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
    }
    String japanese = strictly(file, EXCEL_JAPANESE);
    if (japanese != null && japaneseHeader(japanese)) {
      return japanese;
    }
    return new String(file, NCI);
  }

  private static boolean japaneseHeader(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    String lower = header.toLowerCase(java.util.Locale.ROOT);
    // Japanese can only be in a Japanese encoding: a marked or Japanese-named column says which.
    // (Half-width katakana are not counted: Windows-1252 accents read as Shift_JIS become those.)
    return lower.contains("(ja)")
        || lower.contains("[ja]")
        || lower.contains("japanese")
        || header.codePoints().anyMatch(CtcaeEncoding::kanjiOrKana);
  }

  private static boolean kanjiOrKana(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || (script == Character.UnicodeScript.KATAKANA && (c < 0xFF61 || c > 0xFF9F));
  }

  private static String strictly(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notThisOne) {
      return null;
    }
  }
}
