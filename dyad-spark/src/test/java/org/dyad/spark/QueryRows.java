package org.dyad.spark;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rows of a DuckDB query in the Spark tests, each as its columns joined by tabs, for comparing stores and Parquet output. */
final class QueryRows {
  private QueryRows() {}

  static List<String> of(ResultSet r) throws SQLException {
    List<String> rows = new ArrayList<>();
    int n = r.getMetaData().getColumnCount();
    while (r.next()) {
      StringBuilder row = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        row.append(i > 1 ? "\t" : "").append(r.getString(i));
      }
      rows.add(row.toString());
    }
    return rows;
  }
}
