package org.dyad.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Runs work in one transaction on a connection: committed when it returns, rolled back when it
 * throws. Inside a transaction opened already (auto-commit off) the work joins it: the outer one
 * commits or rolls back, so that a batch of saves is one transaction.
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
}
