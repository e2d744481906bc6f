package org.trialdesk.randomization.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.trialdesk.randomization.control.ReceiptCodes;
import org.trialdesk.randomization.control.ReceiptKeyring;
import org.trialdesk.randomization.entity.Allocation;

/**
 * The server-held receipt keys, never stored in the database (whoever can rewrite the database must
 * not be able to make receipts): from {@code TRIALDESK_RECEIPT_KEYS} when set, else from the file
 * {@code receipt-keys} in the data folder, generated there on first start (both through
 * MicroProfile Config, so system properties {@code trialdesk.receipt.keys} and {@code
 * trialdesk.data.dir} work too). Read once at start-up, so a mistake in them stops the deployment
 * instead of producing uncheckable receipts.
 */
@ApplicationScoped
public class ReceiptKeys {

  public static final String VARIABLE = "TRIALDESK_RECEIPT_KEYS";
  static final String FILE = "receipt-keys";
  private static final Logger LOG = Logger.getLogger(ReceiptKeys.class.getName());

  @Inject
  @ConfigProperty(name = "trialdesk.receipt.keys")
  Optional<String> given;

  @Inject
  @ConfigProperty(name = "trialdesk.data.dir")
  Optional<String> dataDir;

  private ReceiptKeyring keyring;

  void loadOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    keyring();
  }

  synchronized ReceiptKeyring keyring() {
    if (keyring == null) {
      if (given.isPresent() && !given.get().isBlank()) {
        keyring = ReceiptKeyring.parse(given.get());
        LOG.info(() -> "Receipt keys from " + VARIABLE + ": " + keyring.ids() + ", signing first");
      } else {
        Path file = dataFolder().resolve(FILE);
        try {
          keyring = ReceiptKeyring.inFile(file);
        } catch (IOException e) {
          throw new UncheckedIOException("Receipt keys cannot be read or made in " + file, e);
        }
        LOG.info(() -> "Receipt keys from " + file + ": " + keyring.ids() + ", signing first");
      }
    }
    return keyring;
  }

  /**
   * The data folder as the datasource resolves it (wildfly-config/datasource.cli): {@code
   * TRIALDESK_DATA_DIR}, else {@code .trialdesk} in the home folder.
   */
  private Path dataFolder() {
    return dataDir
        .filter(folder -> !folder.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".trialdesk"));
  }

  /** The receipt of a stored allocation of the trial coded {@code trialCode}. */
  public String receiptOf(String trialCode, Allocation allocation) {
    return ReceiptCodes.of(keyring(), Receipts.recordOf(trialCode, allocation));
  }
}
