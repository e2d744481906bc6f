package org.trialdesk.randomization.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The keys receipts are made and checked with: the first signs, all of them verify, so a key can be
 * replaced without making the receipts already handed out unverifiable. Written as {@code
 * id:base64key} items, separated by commas, blanks or line breaks ({@code TRIALDESK_RECEIPT_KEYS},
 * or the key file in the data folder); lines starting with {@code #} are comments.
 */
public final class ReceiptKeyring {

  /** Shortest key accepted: 128 bits. Generated keys have 256. */
  static final int MIN_KEY_BYTES = 16;

  private static final int GENERATED_KEY_BYTES = 32;
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9]{1,8}");

  private final Map<String, byte[]> keys;
  private final String signingKeyId;

  private ReceiptKeyring(Map<String, byte[]> keys) {
    this.keys = keys;
    this.signingKeyId = keys.keySet().iterator().next();
  }

  /**
   * Reads a keyring; a mistake in it is refused with a message naming the item (never the key),
   * because a server that silently signed with something else would hand out unverifiable codes.
   */
  public static ReceiptKeyring parse(String text) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    int item = 0;
    for (String line : text.split("\\R")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (String entry : line.split("[,\\s]+")) {
        if (entry.isEmpty()) {
          continue;
        }
        item++;
        int colon = entry.indexOf(':');
        String id = colon < 0 ? "" : entry.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
          throw new IllegalArgumentException(
              "Receipt key "
                  + item
                  + ": expected id:base64key with an id of 1-8 letters or digits");
        }
        byte[] key;
        try {
          key = Base64.getDecoder().decode(entry.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
          throw new IllegalArgumentException("Receipt key " + id + " is not valid base64");
        }
        if (key.length < MIN_KEY_BYTES) {
          throw new IllegalArgumentException(
              "Receipt key " + id + " is shorter than " + MIN_KEY_BYTES + " bytes");
        }
        if (keys.putIfAbsent(id, key) != null) {
          throw new IllegalArgumentException("Receipt key " + id + " is given twice");
        }
      }
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("No receipt key given");
    }
    return new ReceiptKeyring(keys);
  }

  /**
   * The keyring in {@code file}, made on first use with one random key ({@code K1}) that only the
   * file's owner may read. Two servers starting at once on one folder end up with the same key: the
   * file appears whole (linked into place) or not at all, and the loser reads the winner's.
   */
  public static ReceiptKeyring inFile(Path file) throws IOException {
    if (!Files.exists(file)) {
      create(file);
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static void create(Path file) throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    byte[] key = new byte[GENERATED_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    String content =
        "# TrialDesk receipt keys: id:base64key, the first signs, all verify. Keep this file"
            + " secret\n# and out of the database backups; losing it makes issued receipts"
            + " uncheckable.\nK1:"
            + Base64.getEncoder().encodeToString(key)
            + "\n";
    Path draft = Files.createTempFile(folder, ".receipt-keys", ".tmp");
    try {
      ownerOnly(draft);
      Files.writeString(draft, content, StandardCharsets.UTF_8);
      Files.createLink(file, draft);
    } catch (FileAlreadyExistsException anotherServerWasFaster) {
      // Its key is the one to use.
    } catch (UnsupportedOperationException noHardLinks) {
      Files.move(draft, file);
    } finally {
      Files.deleteIfExists(draft);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      file.toFile().setReadable(false, false);
      file.toFile().setReadable(true, true);
    }
  }

  public String signingKeyId() {
    return signingKeyId;
  }

  byte[] signingKey() {
    return keys.get(signingKeyId);
  }

  /** The key with this id, or {@code null} when the keyring does not hold it. */
  byte[] key(String id) {
    return keys.get(id);
  }

  public boolean holds(String keyId) {
    return keys.containsKey(keyId);
  }

  public List<String> ids() {
    return List.copyOf(keys.keySet());
  }
}
