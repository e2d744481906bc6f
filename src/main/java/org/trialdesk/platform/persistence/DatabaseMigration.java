package org.trialdesk.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts, from the versioned scripts in {@code
 * db/migration}. Flyway's own lock table keeps two nodes starting at once from migrating twice.
 *
 * <p>The migrations run as the schema's owner ({@code TrialDeskMigrationDS}), the application as
 * its own role. On PostgreSQL the scripts in {@code db/postgresql} run after every migration: they
 * make the audit and allocation tables append-only for every role (a trigger) and take UPDATE and
 * DELETE on them away from the application's role, so tables a later version adds are covered too.
 */
@ApplicationScoped
public class DatabaseMigration {

  public static final String DATASOURCE = "java:jboss/datasources/TrialDeskDS";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @Resource(lookup = "java:jboss/datasources/TrialDeskMigrationDS")
  DataSource ownerDataSource;

  @Inject Event<DatabaseReady> ready;

  void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted)
      throws SQLException {
    var database = reachable();
    List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
    if (database.postgresql()) {
      locations.add("classpath:db/postgresql");
    }
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(ownerDataSource)
            .locations(locations.toArray(String[]::new))
            .placeholders(Map.of("applicationRole", database.user()))
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " on "
                + database.product()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    ready.fire(new DatabaseReady());
  }

  /**
   * The database as the application's role sees it, after making sure the schema owner can log in
   * too. When either cannot, the deployment fails here with one line naming the settings to check,
   * before anything half-starts. (A database that does not answer at all already stops Hibernate
   * earlier, with the pool's own message and the driver's reason.)
   */
  private Database reachable() {
    Database database = connect(dataSource, "TRIALDESK_DB_USER and TRIALDESK_DB_PASSWORD");
    connect(ownerDataSource, "TRIALDESK_DB_OWNER_USER and TRIALDESK_DB_OWNER_PASSWORD");
    return database;
  }

  private static Database connect(DataSource source, String settings) {
    try {
      return Database.of(source);
    } catch (SQLException | RuntimeException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      String reason = root.getMessage() == null ? root.toString() : root.getMessage();
      LOG.severe(
          () ->
              "TrialDesk cannot start: the database refuses or does not answer ("
                  + reason
                  + "). Check TRIALDESK_DB_URL, "
                  + settings
                  + ", and that the database server runs.");
      throw new IllegalStateException("The database refuses or does not answer: " + reason, e);
    }
  }

  /** What the application's own connections are: the product and the role they log in as. */
  record Database(String product, String user) {
    static Database of(DataSource dataSource) throws SQLException {
      try (var connection = dataSource.getConnection()) {
        var meta = connection.getMetaData();
        return new Database(meta.getDatabaseProductName(), meta.getUserName());
      }
    }

    boolean postgresql() {
      return product.toLowerCase(java.util.Locale.ROOT).contains("postgresql");
    }
  }
}
