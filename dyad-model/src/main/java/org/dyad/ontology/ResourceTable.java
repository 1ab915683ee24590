package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one of Dyad's tab-separated resource tables (the ontology's, the exchange formats'
 * code tables): blank and {@code #} lines skipped, the first other line taken as the header, each
 * row with its line number for error messages.
 */
public final class ResourceTable {
  private ResourceTable() {}

  /** A data row: its line number and its tab-separated fields. */
  public record Row(int line, String[] fields) {}

  /** The rows of a resource of this package, which must be in the jar. */
  static List<Row> load(String resource) {
    return load(ResourceTable.class, resource);
  }

  /** The rows of a resource found beside {@code owner} (a name relative to its package, or absolute), which must be in the jar. */
  public static List<Row> load(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the jar");
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Row> read(BufferedReader reader) throws IOException {
    List<Row> rows = new ArrayList<>();
    String line;
    int number = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        continue;
      }
      rows.add(new Row(number, line.split("\t", -1)));
    }
    return rows;
  }
}
