package org.trialdesk.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts, from the versioned scripts in {@code
 * db/migration}. Flyway's own lock table keeps two nodes starting at once from migrating twice.
 */
@ApplicationScoped
public class DatabaseMigration {

  public static final String DATASOURCE = "java:jboss/datasources/TrialDeskDS";
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  @Inject Event<DatabaseReady> ready;

  void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    var result =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    ready.fire(new DatabaseReady());
  }
}
