package org.dyad.store.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dyad.store.DuckDbStore;
import org.dyad.store.ExchangeFixture;
import org.dyad.store.ExportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ways {@link Importer} takes a file: the direct way (one statement reads the file, nothing
 * staged) for a GDELT event table whose lines are good and whose ids are new, and the staged way
 * (lines numbered in a temporary table) for the rest. Both store the same rows, in the same order,
 * and report the same counts; a file with a repeated or stored id, or one the strict reader
 * refuses, goes the staged way, and so do the formats whose mapping reads line numbers.
 */
class ImporterWaysTest {
  @TempDir Path dir;

  @Test
  void directAndStagedWays_storeTheSameRowsInTheSameOrder_andCountAlike() throws Exception {
    List<Input> inputs = inputs();
    Path direct = dir.resolve("direct.duckdb");
    Path staged = dir.resolve("staged.duckdb");
    List<String> counts = new ArrayList<>();
    for (Path db : List.of(direct, staged)) {
      DuckDbStore.open(db).close(); // the schema, migrated to the newest version
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
        Importer importer = new Importer(c, new ExchangeTables(c), "", db == direct);
        for (Input in : inputs) {
          assertEquals(db == direct && in.format() == ImportFormat.GDELT, importer.directWay(in.format(), in.file()), in.file().toString());
          counts.add(db.getFileName() + " " + in.file().getFileName() + " " + importer.load(in.format(), in.file()));
          assertFalse(importer.directWay(in.format(), in.file()), "stored already: " + in.file());
        }
      }
    }
    assertEquals(counts.subList(0, inputs.size()).stream().map(c -> c.replace("direct.duckdb", "")).toList(),
        counts.subList(inputs.size(), counts.size()).stream().map(c -> c.replace("staged.duckdb", "")).toList());
    List<String> directRows = rows(direct, "SELECT * FROM imported_events ORDER BY rowid");
    assertTrue(directRows.size() > 10, directRows.toString());
    assertEquals(rows(staged, "SELECT * FROM imported_events ORDER BY rowid"), directRows);
    List<String> mentions = rows(direct, "SELECT * FROM gdelt_mentions ORDER BY rowid");
    assertEquals(ImporterTest.MENTION_ROWS.size(), mentions.size());
    assertEquals(rows(staged, "SELECT * FROM gdelt_mentions ORDER BY rowid"), mentions);
  }

  @Test
  void aFileWithARepeatedId_orOneTheStrictReaderRefuses_goesTheStagedWay() throws Exception {
    String row = String.join("\t", ImporterTest.GDELT_ROWS.get(0)) + "\n";
    Path repeated = write("repeated.export.CSV", row + String.join("\t", ImporterTest.GDELT_ROWS.get(1)) + "\n" + row);
    Path mixed = write("mixed.export.CSV", row.replace("\n", "\r\n") + String.join("\t", ImporterTest.GDELT_ROWS.get(1)) + "\n");
    Path good = write("good.export.CSV", ImporterTest.tsv(ImporterTest.GDELT_ROWS));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("w.duckdb"))) {
      ExchangeFixture.migrateTo(c, Integer.MAX_VALUE);
      Importer importer = new Importer(c, new ExchangeTables(c), "");
      assertTrue(importer.directWay(ImportFormat.GDELT, good));
      assertFalse(importer.directWay(ImportFormat.GDELT, repeated));
      assertFalse(importer.directWay(ImportFormat.GDELT, mixed));
      assertEquals(new Importer.Result(3, 2), importer.load(ImportFormat.GDELT, repeated));
      assertEquals(new Importer.Result(2, 0), importer.load(ImportFormat.GDELT, mixed));
      assertEquals(new Importer.Result(3, 1), importer.load(ImportFormat.GDELT, good), "only the third row is new");
      assertEquals(List.of("n=3"), rows(c, "SELECT count(*) AS n FROM imported_events"));
    }
  }

  private record Input(ImportFormat format, Path file) {}

  /** The codebook rows of {@link ImporterTest} and the exports of {@link ExchangeFixture}'s coded events. */
  private List<Input> inputs() throws Exception {
    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input(ImportFormat.GDELT, write("codebook.export.CSV", ImporterTest.tsv(ImporterTest.GDELT_ROWS))));
    inputs.add(new Input(ImportFormat.GDELT_MENTIONS, write("codebook.mentions.CSV", ImporterTest.tsv(ImporterTest.MENTION_ROWS))));
    inputs.add(new Input(ImportFormat.ACLED, write("codebook.csv", ImporterTest.ACLED_CSV)));
    inputs.add(new Input(ImportFormat.POLECAT, write("codebook.tsv", ImporterTest.POLECAT_TSV)));
    try (DuckDbStore coded = ExchangeFixture.store(dir.resolve("coded.duckdb"))) {
      for (ExportFormat f : List.of(ExportFormat.GDELT, ExportFormat.POLECAT)) {
        Path file = dir.resolve("fixture." + f.label());
        coded.export(f, file, null, null);
        inputs.add(new Input(ImportFormat.valueOf(f.name()), file));
      }
    }
    return inputs;
  }

  private static List<String> rows(Path db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db)) {
      return rows(c, sql);
    }
  }

  private static List<String> rows(Connection c, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData m = r.getMetaData();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= m.getColumnCount(); i++) {
          b.append(m.getColumnName(i)).append('=').append(r.getString(i)).append(i < m.getColumnCount() ? " | " : "");
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  private Path write(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }
}
