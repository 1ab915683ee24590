package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on a connection: committed when it returns, rolled back when it
 * throws. Inside a transaction opened already (auto-commit off) the work joins it: the outer one
 * commits or rolls back, so that a batch of saves is one transaction.
 *
 * <p>The transaction is begun at once, by a statement: DuckDB's JDBC driver opens it only at the
 * first statement after auto-commit is turned off, and an Appender flushed before any statement
 * commits its rows on its own, which a rollback then leaves in place (measured with duckdb_jdbc
 * 1.5.2; {@code TransactionTest}). A re-coded article whose events have no day reached the
 * Appender first.
 */
final class Transaction {
  /** Work done inside the transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run() throws SQLException;
  }

  private Transaction() {}

  static <T> T run(Connection connection, Work<T> work) throws SQLException {
    boolean auto = connection.getAutoCommit();
    if (!auto) {
      return work.run();
    }
    connection.setAutoCommit(false);
    try {
      begin(connection);
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(auto);
    }
  }

  /** Opens DuckDB's transaction on a connection whose auto-commit is off (see the class comment). */
  static void begin(Connection connection) throws SQLException {
    try (java.sql.Statement s = connection.createStatement(); java.sql.ResultSet r = s.executeQuery("SELECT 1")) {
      r.next();
    }
  }
}
