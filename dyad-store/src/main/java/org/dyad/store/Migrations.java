package org.dyad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The store's schema: versioned SQL files {@code org/dyad/store/schema/V<n>__<what>.sql} on the
 * classpath, applied in order, each in its own transaction, recording its version in {@code
 * schema_version}. Changing the schema is one new file with a version number of its own.
 *
 * <p>Versions need not be contiguous, and a store gets every migration it has not recorded, not
 * only those above its highest: branches developed side by side each take a number, and a store
 * made on one branch (at 1…9 and 11, say) gets 10 when the other branch's file arrives. So a
 * migration must not depend on one with a higher number; each adds its own columns.
 */
final class Migrations {
  static final String FOLDER = "org/dyad/store/schema/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  /** One schema version: its number, its file name and its SQL (any number of statements). */
  record Migration(int version, String file, String sql) {}

  private Migrations() {}

  /** The migrations on the classpath, in version order. */
  static List<Migration> all() {
    List<Migration> all = new ArrayList<>();
    for (String file : files()) {
      Matcher m = NAME.matcher(file);
      if (m.matches()) {
        all.add(new Migration(Integer.parseInt(m.group(1)), file, read(file)));
      }
    }
    if (all.isEmpty()) {
      throw new IllegalStateException("no schema migrations found under " + FOLDER);
    }
    all.sort(Comparator.comparingInt(Migration::version));
    for (int i = 1; i < all.size(); i++) {
      if (all.get(i).version() == all.get(i - 1).version()) {
        throw new IllegalStateException(FOLDER + ": two migrations of version " + all.get(i).version() + ": "
            + all.get(i - 1).file() + " and " + all.get(i).file());
      }
    }
    return all;
  }

  /** Brings a store up to the newest version; returns the version it is at. */
  static int apply(Connection connection) throws SQLException {
    return apply(connection, Integer.MAX_VALUE);
  }

  /** Brings a store up to {@code target} (or the newest, if lower); returns the version it is at. */
  static int apply(Connection connection, int target) throws SQLException {
    return apply(connection, all(), target);
  }

  /**
   * Applies, in version order, each of {@code migrations} up to {@code target} that the store has
   * not recorded, including one below a version it has; returns the highest version it is at.
   */
  static int apply(Connection connection, List<Migration> migrations, int target) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP DEFAULT current_timestamp)");
    }
    Set<Integer> applied = applied(connection);
    for (Migration m : migrations) {
      if (!applied.contains(m.version()) && m.version() <= target) {
        run(connection, m);
      }
    }
    return version(connection);
  }

  private static Set<Integer> applied(Connection connection) throws SQLException {
    Set<Integer> versions = new HashSet<>();
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
      while (r.next()) {
        versions.add(r.getInt(1));
      }
    }
    return versions;
  }

  /** The schema version of an open store (0 when empty). */
  static int version(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }

  private static void run(Connection connection, Migration m) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement s = connection.createStatement()) {
      s.execute(m.sql());
      s.execute("INSERT INTO schema_version (version) VALUES (" + m.version() + ")");
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new SQLException(m.file() + ": " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(true);
    }
    // Write the new schema into the file itself. DuckDB 1.5.2 cannot replay a write-ahead log
    // holding migrations v1 to v3 after a kill ("Calling DatabaseManager::GetDefaultDatabase with
    // no default database set", likely the ALTER TABLE on articles, whose ingested_at has a
    // DEFAULT, being bound during replay: duckdb/duckdb#18259, #19712), which left a fresh store
    // killed before its first checkpoint unopenable. EscalationPipelineIT's kill test found it.
    try (Statement s = connection.createStatement()) {
      s.execute("CHECKPOINT");
    }
  }

  /** The file names in the schema folder, from a directory (tests, IDE) or a jar. */
  private static List<String> files() {
    try {
      Path where = Path.of(Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(where)) {
        try (Stream<Path> list = Files.list(where.resolve(FOLDER))) {
          return list.map(p -> p.getFileName().toString()).toList();
        }
      }
      try (JarFile jar = new JarFile(where.toFile())) {
        return jar.stream().map(e -> e.getName())
            .filter(n -> n.startsWith(FOLDER) && n.indexOf('/', FOLDER.length()) < 0)
            .map(n -> n.substring(FOLDER.length())).toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + FOLDER, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot list " + FOLDER, e);
    }
  }

  private static String read(String file) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FOLDER + file, e);
    }
  }
}
