package org.trialdesk.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Changes one row of the allocation log behind the application's back, as someone holding the
 * database's keys could; in-container tests use it to show that verification and receipts catch it.
 * On H2 any connection can. On PostgreSQL the application's role cannot at all and the schema's
 * owner only after switching the append-only trigger off, which this does (and switches it on again
 * in the same transaction).
 */
public final class Tampering {

  private Tampering() {}

  /** Runs {@code statement} with {@code parameters}, which must change exactly one row. */
  public static void oneRow(String statement, String... parameters) throws SQLException {
    try (Connection connection = owner().getConnection()) {
      boolean postgresql =
          connection.getMetaData().getDatabaseProductName().equalsIgnoreCase("PostgreSQL");
      connection.setAutoCommit(false);
      try (Statement trigger = connection.createStatement();
          PreparedStatement change = connection.prepareStatement(statement)) {
        if (postgresql) {
          trigger.execute("alter table allocation disable trigger append_only");
        }
        for (int i = 0; i < parameters.length; i++) {
          change.setString(i + 1, parameters[i]);
        }
        assertEquals(1, change.executeUpdate(), statement);
        if (postgresql) {
          trigger.execute("alter table allocation enable trigger append_only");
        }
        connection.commit();
      } catch (SQLException | RuntimeException | Error e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static DataSource owner() {
    try {
      return InitialContext.doLookup("java:jboss/datasources/TrialDeskMigrationDS");
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }
}
