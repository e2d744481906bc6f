package org.trialdesk.platform.persistence;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure that means the database could not be reached, or dropped the connection, from one
 * caused by the request (a bad statement, a constraint). The transaction of such a request has been
 * rolled back and trying again later is right, so the answer is 503, never 500.
 */
public final class DatabaseOutage {

  private DatabaseOutage() {}

  public static boolean causedBy(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException
          || cause instanceof SQLNonTransientConnectionException
          || cause instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
      if (cause instanceof SQLException sql && outage(sql.getSQLState())) {
        return true;
      }
      // The server's connection pool found no connection to hand out (IronJacamar's
      // jakarta.resource exceptions, not visible to the application as a type).
      if (cause.getClass().getName().startsWith("jakarta.resource.")) {
        return true;
      }
    }
    return false;
  }

  /** SQL states of class 08 (connection exception) and 57P (the server shut down or restarting). */
  private static boolean outage(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}
