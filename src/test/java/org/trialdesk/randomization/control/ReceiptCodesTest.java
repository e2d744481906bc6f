package org.trialdesk.randomization.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptCodesTest {

  private static final String K1 = "K1:" + key(1);
  private static final String K2 = "K2:" + key(2);
  private static final ReceiptCodes.Record RECORD =
      new ReceiptCodes.Record(
          "IL2-HAI", "OSK-004", "IL2", "TX-AC3D4E", Instant.parse("2026-11-01T09:30:15.123456Z"));

  private static String key(int seed) {
    byte[] key = new byte[32];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) (seed * 31 + i);
    }
    return Base64.getEncoder().encodeToString(key);
  }

  @Test
  void aCodeNamesTheSubjectAndKeyAndCarriesEightyBitsOfTagInFourGroups() throws Exception {
    String code = ReceiptCodes.of(ReceiptKeyring.parse(K1), RECORD);

    assertThat(code).matches("OSK-004\\.K1\\.[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
    ReceiptCodes.Parsed parsed = ReceiptCodes.parse(code);
    assertThat(parsed.subjectId()).isEqualTo("OSK-004");
    assertThat(parsed.keyId()).isEqualTo("K1");
    assertThat(parsed.tag()).hasSize(16);
    assertThat(ReceiptCodes.matches(ReceiptKeyring.parse(K1), parsed, RECORD)).isTrue();
  }

  @Test
  void theCodeIsTheSameForTheSameRecordAndKey() {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    assertThat(ReceiptCodes.of(keys, RECORD)).isEqualTo(ReceiptCodes.of(keys, RECORD));
  }

  @Test
  void everyCoveredFieldChangesTheTag() throws Exception {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    ReceiptCodes.Parsed parsed = ReceiptCodes.parse(ReceiptCodes.of(keys, RECORD));
    Instant at = RECORD.randomizedAt();
    List<ReceiptCodes.Record> changed =
        List.of(
            new ReceiptCodes.Record("IL2_HAI", "OSK-004", "IL2", "TX-AC3D4E", at),
            new ReceiptCodes.Record("IL2-HAI", "OSK-004", "CHEMO", "TX-AC3D4E", at),
            new ReceiptCodes.Record("IL2-HAI", "OSK-004", "IL2", "TX-AC3D4F", at),
            new ReceiptCodes.Record("IL2-HAI", "OSK-004", "IL2", "TX-AC3D4E", at.plusNanos(1000)),
            new ReceiptCodes.Record(
                "IL2-HAI", "OSK-004", "IL2", "TX-AC3D4E", at.plusSeconds(3600)));
    for (ReceiptCodes.Record other : changed) {
      assertThat(ReceiptCodes.matches(keys, parsed, other)).as(other.toString()).isFalse();
      assertThat(ReceiptCodes.of(keys, other)).isNotEqualTo(ReceiptCodes.of(keys, RECORD));
    }
    ReceiptCodes.Record otherSubject =
        new ReceiptCodes.Record("IL2-HAI", "OSK-005", "IL2", "TX-AC3D4E", at);
    assertThat(ReceiptCodes.matches(keys, parsed, otherSubject)).isFalse();
  }

  @Test
  void fieldsCannotBeShiftedIntoEachOther() {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    Instant at = RECORD.randomizedAt();
    String a = ReceiptCodes.of(keys, new ReceiptCodes.Record("AB", "C-1", "X", "TX-1", at));
    String b = ReceiptCodes.of(keys, new ReceiptCodes.Record("A", "BC-1", "X", "TX-1", at));
    assertThat(a.substring(a.lastIndexOf('.'))).isNotEqualTo(b.substring(b.lastIndexOf('.')));
  }

  @Test
  void timeBelowTheStoredMicrosecondDoesNotCount() {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    ReceiptCodes.Record withNanos =
        new ReceiptCodes.Record(
            "IL2-HAI", "OSK-004", "IL2", "TX-AC3D4E", RECORD.randomizedAt().plusNanos(999));
    assertThat(ReceiptCodes.of(keys, withNanos)).isEqualTo(ReceiptCodes.of(keys, RECORD));
  }

  @Test
  void aDifferentKeyGivesADifferentTag() {
    String one = ReceiptCodes.of(ReceiptKeyring.parse(K1), RECORD);
    String two = ReceiptCodes.of(ReceiptKeyring.parse("K1:" + key(3)), RECORD);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void afterRotationNewCodesUseTheNewKeyAndOldOnesStillVerify() throws Exception {
    String old = ReceiptCodes.of(ReceiptKeyring.parse(K1), RECORD);
    ReceiptKeyring rotated = ReceiptKeyring.parse(K2 + "," + K1);

    String fresh = ReceiptCodes.of(rotated, RECORD);
    assertThat(fresh).startsWith("OSK-004.K2.");
    assertThat(ReceiptCodes.matches(rotated, ReceiptCodes.parse(fresh), RECORD)).isTrue();
    assertThat(ReceiptCodes.matches(rotated, ReceiptCodes.parse(old), RECORD)).isTrue();

    ReceiptKeyring retired = ReceiptKeyring.parse(K2);
    assertThat(retired.holds("K1")).isFalse();
    assertThat(ReceiptCodes.matches(retired, ReceiptCodes.parse(old), RECORD)).isFalse();
  }

  @Test
  void aCodeWithTheKeyIdOfAnotherKeyDoesNotVerify() throws Exception {
    ReceiptKeyring both = ReceiptKeyring.parse(K2 + "," + K1);
    String signedWithK2 = ReceiptCodes.of(both, RECORD);
    ReceiptCodes.Parsed claimsK1 = ReceiptCodes.parse(signedWithK2.replace(".K2.", ".K1."));
    assertThat(ReceiptCodes.matches(both, claimsK1, RECORD)).isFalse();
  }

  @Test
  void codesAreReadAsPeopleTypeThem() throws Exception {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    String code = ReceiptCodes.of(keys, RECORD);
    String tag = code.substring(code.lastIndexOf('.') + 1);
    String sloppy =
        "  OSK-004.K1."
            + tag.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l')
            + "\t";
    assertThat(ReceiptCodes.matches(keys, ReceiptCodes.parse(sloppy), RECORD)).isTrue();
  }

  @Test
  void subjectIdsWithDotsAreTakenApartFromTheRight() throws Exception {
    ReceiptKeyring keys = ReceiptKeyring.parse(K1);
    ReceiptCodes.Record dotted =
        new ReceiptCodes.Record("T", "A.B.7", "IL2", "TX-1", RECORD.randomizedAt());
    ReceiptCodes.Parsed parsed = ReceiptCodes.parse(ReceiptCodes.of(keys, dotted));
    assertThat(parsed.subjectId()).isEqualTo("A.B.7");
    assertThat(ReceiptCodes.matches(keys, parsed, dotted)).isTrue();
  }

  @Test
  void malformedCodesAreRefused() {
    for (String bad :
        new String[] {
          null,
          "",
          "   ",
          "OSK-004",
          "OSK-004.K1",
          ".K1.7KQ2-M9XD-PA4T-BC3F",
          "OSK-004..7KQ2-M9XD-PA4T-BC3F",
          "OSK-004.K1.",
          "OSK-004.K1.7KQ2-M9XD-PA4T",
          "OSK-004.K1.7KQ2-M9XD-PA4T-BC3F0",
          "OSK-004.K1.7KQ2-M9XD-PA4T-BC3U",
          "OSK-004.K1.7KQ2-M9XD-PA4T-BC3!",
          "OSK 004.K1.7KQ2-M9XD-PA4T-BC3F",
          "OSK-004.K-1.7KQ2-M9XD-PA4T-BC3F",
          "OSK-004.KEYTOOLONG.7KQ2-M9XD-PA4T-BC3F",
          "X".repeat(65) + ".K1.7KQ2-M9XD-PA4T-BC3F",
          "O".repeat(200)
        }) {
      assertThatThrownBy(() -> ReceiptCodes.parse(bad))
          .as(String.valueOf(bad))
          .isInstanceOf(ReceiptCodes.Malformed.class);
    }
  }

  @Test
  void keyringsRefuseMistakesWithoutQuotingTheKey() {
    assertThatThrownBy(() -> ReceiptKeyring.parse("")).hasMessageContaining("No receipt key");
    assertThatThrownBy(() -> ReceiptKeyring.parse("K1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReceiptKeyring.parse("K1:not*base64"))
        .hasMessageContaining("K1")
        .hasMessageNotContaining("not*base64");
    assertThatThrownBy(
            () -> ReceiptKeyring.parse("K1:" + Base64.getEncoder().encodeToString(new byte[8])))
        .hasMessageContaining("shorter");
    assertThatThrownBy(() -> ReceiptKeyring.parse(K1 + " " + K1)).hasMessageContaining("twice");
    ReceiptKeyring lines = ReceiptKeyring.parse("# comment\n" + K2 + "\n\n" + K1 + "\n");
    assertThat(lines.ids()).containsExactly("K2", "K1");
    assertThat(lines.signingKeyId()).isEqualTo("K2");
  }

  @Test
  void theKeyFileIsMadeOnceReadableByTheOwnerOnlyAndKept(@TempDir Path folder) throws Exception {
    Path file = folder.resolve("data").resolve("receipt-keys");
    ReceiptKeyring first = ReceiptKeyring.inFile(file);
    String made = ReceiptCodes.of(first, RECORD);

    assertThat(first.ids()).containsExactly("K1");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(Files.getPosixFilePermissions(file))
          .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }
    assertThat(ReceiptCodes.of(ReceiptKeyring.inFile(file), RECORD)).isEqualTo(made);
    try (var left = Files.list(file.getParent())) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("receipt-keys");
    }
  }

  @Test
  void pastedAndUploadedLinesGiveOneCodeEach() {
    String code = ReceiptCodes.of(ReceiptKeyring.parse(K1), RECORD);
    String csv =
        "\uFEFFsubject,receipt\r\n"
            + "OSK-004,\""
            + code
            + "\"\r\n\r\n"
            + "  "
            + code
            + "  \n"
            + "OSK-005.K1.GARBLED\n";
    assertThat(ReceiptLines.read(csv))
        .containsExactly(
            new ReceiptLines.Line(2, code),
            new ReceiptLines.Line(4, code),
            new ReceiptLines.Line(5, "OSK-005.K1.GARBLED"));
    assertThat(ReceiptLines.read("not a code\n")).isEmpty();
    assertThat(ReceiptLines.read(code + "\nnot a code"))
        .containsExactly(new ReceiptLines.Line(1, code), new ReceiptLines.Line(2, "not a code"));
  }
}
