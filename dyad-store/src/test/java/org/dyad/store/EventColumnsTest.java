package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EventColumns against the events table that the migrations build. */
class EventColumnsTest {
  @TempDir Path dir;

  @Test
  void columns_areTheEventsTableInOrder() throws Exception {
    DuckDbStore.open(dir.resolve("d.duckdb")).close();
    List<String> table = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("d.duckdb")); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT column_name, column_type FROM (DESCRIBE events)")) {
      while (r.next()) {
        table.add(r.getString(1) + " " + r.getString(2));
      }
    }
    assertEquals(table, EventColumns.COLUMNS.stream().map(col -> col.name() + " " + col.type()).toList());
  }
}
