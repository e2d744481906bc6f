package org.trialdesk.platform.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.trialdesk.testsupport.Deployments;

/**
 * On PostgreSQL the audit trail, the signatures and the allocation log cannot be changed through
 * the database either: the application's role lacks the rights (permission denied, SQL state
 * 42501), and the schema's owner, who has them, meets the trigger. Statements that would touch no
 * row are refused too, so no record is harmed by the test.
 */
@ExtendWith(ArquillianExtension.class)
class AppendOnlyTablesIT {

  private static final List<String> APPEND_ONLY =
      List.of("audit_record", "signature", "allocation");

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(AppendOnlyTablesIT.class);
  }

  @Resource(lookup = "java:jboss/datasources/TrialDeskDS")
  DataSource application;

  @Resource(lookup = "java:jboss/datasources/TrialDeskMigrationDS")
  DataSource owner;

  @Test
  void theApplicationsRoleMayNeitherChangeNorRemoveARecord() throws SQLException {
    assertEquals("trialdesk_app", role(application));
    for (String table : APPEND_ONLY) {
      for (String statement : changes(table)) {
        SQLException refused =
            assertThrows(SQLException.class, () -> execute(application, statement), statement);
        assertEquals("42501" /* insufficient privilege */, refused.getSQLState(), statement);
        assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
      }
    }
  }

  @Test
  void noRoleMayChangeOrRemoveARecordNotEvenTheOwner() throws SQLException {
    assertEquals("trialdesk_owner", role(owner));
    for (String table : APPEND_ONLY) {
      for (String statement : changes(table)) {
        SQLException refused =
            assertThrows(SQLException.class, () -> execute(owner, statement), statement);
        assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
      }
    }
  }

  @Test
  void theApplicationsRoleReadsAndAppends() throws SQLException {
    try (var connection = application.getConnection();
        var statement = connection.createStatement()) {
      for (String table : APPEND_ONLY) {
        statement.executeQuery("select count(*) from " + table).close();
        assertTrue(privilege(connection, table, "INSERT"), table);
        assertFalse(privilege(connection, table, "UPDATE"), table);
        assertFalse(privilege(connection, table, "DELETE"), table);
      }
      // Tables that are not append-only stay writable (the subject record is changed with reasons).
      assertTrue(privilege(connection, "subject", "UPDATE"));
    }
  }

  private static List<String> changes(String table) {
    return List.of(
        "update " + table + " set id = id where 1 = 0",
        "delete from " + table + " where 1 = 0",
        "truncate " + table);
  }

  private static void execute(DataSource dataSource, String sql) throws SQLException {
    try (var connection = dataSource.getConnection();
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static boolean privilege(java.sql.Connection connection, String table, String right)
      throws SQLException {
    try (var query =
        connection.prepareStatement("select has_table_privilege(current_user, ?, ?)")) {
      query.setString(1, table);
      query.setString(2, right);
      try (var rows = query.executeQuery()) {
        rows.next();
        return rows.getBoolean(1);
      }
    }
  }

  private static String role(DataSource dataSource) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      return connection.getMetaData().getUserName();
    }
  }
}
