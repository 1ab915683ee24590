package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransactionTest {
  @TempDir Path dir;

  /** An Appender as the first write of a transaction joins it: a rollback leaves none of its rows. */
  @Test
  void run_appenderFirst_isRolledBackWithTheRest() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t.duckdb"))) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE t (x INTEGER)");
      }
      SQLException failed = assertThrows(SQLException.class, () -> Transaction.run(c, () -> {
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
          app.beginRow().append(1).endRow();
        }
        throw new SQLException("a later write failed");
      }));
      assertEquals("a later write failed", failed.getMessage());
      assertEquals(0, count(c));
      Transaction.run(c, () -> {
        try (DuckDBAppender app = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
          app.beginRow().append(2).endRow();
        }
        return null;
      });
      assertEquals(1, count(c));
    }
  }

  private static long count(Connection c) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM t")) {
      r.next();
      return r.getLong(1);
    }
  }
}
