package org.dyad.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.DyadInputException;

/**
 * Reads one of Dyad's dictionary files: tab-separated columns, {@code #} comments (whole lines,
 * or after a tab at the end of a line), blank lines ignored, the first non-comment line is the
 * header, which must name the columns {@link DictionaryFiles} gives the file (a missing header is
 * a problem, not a data line lost). Every row keeps its line number for error messages.
 */
final class TsvFile {
  /** A data row: its fields and where it came from. */
  record Row(String file, int line, List<String> fields) {
    Row {
      fields = List.copyOf(fields);
    }

    String field(int i) {
      return fields.get(i);
    }

    /** "verbs.tsv:41", for evidence and messages. */
    String where() {
      return file + ":" + line;
    }

    DyadInputException error(String problem) {
      return DyadInputException.at(file, line, problem);
    }
  }

  private TsvFile() {}

  /** The data rows of the named file, each checked to have exactly the header's columns. */
  static List<Row> read(DictionarySource source, String fileName) throws IOException {
    return read(source, fileName, Problems.strict());
  }

  /** The well-formed data rows; a row with the wrong column count goes to {@code problems}. */
  static List<Row> read(DictionarySource source, String fileName, Problems problems) throws IOException {
    String shown = source.describe(fileName);
    List<String> expected = DictionaryFiles.header(fileName);
    List<Row> rows = new ArrayList<>();
    int columns = -1;
    try (BufferedReader reader = source.open(fileName)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String content = stripComment(line);
        if (content.isBlank()) {
          continue;
        }
        List<String> fields = Arrays.asList(content.split("\t", -1));
        fields.replaceAll(String::strip);
        if (columns < 0) {
          columns = fields.size();
          if (expected == null || header(fields).equals(expected)) {
            continue;
          }
          problems.report(DyadInputException.at(shown, number, "missing header line: expected the columns "
              + String.join(", ", expected) + " (tab-separated) first, found " + String.join(", ", fields)));
          columns = expected.size(); // read on, so that a check reports the rest of the file too
          if (fields.size() != columns) {
            continue;
          }
        }
        if (fields.size() != columns) {
          problems.report(DyadInputException.at(
              shown, number, "expected " + columns + " tab-separated columns, found " + fields.size()));
          continue;
        }
        rows.add(new Row(shown, number, fields));
      }
    }
    if (columns < 0 && expected != null) {
      problems.report(DyadInputException.at(shown, 1, "no header line: a dictionary file starts with the columns "
          + String.join(", ", expected) + " (tab-separated), even when it has no rows"));
    }
    return rows;
  }

  private static List<String> header(List<String> fields) {
    return fields.stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList();
  }

  private static String stripComment(String line) {
    if (line.startsWith("#")) {
      return "";
    }
    int comment = line.indexOf("\t#");
    return comment < 0 ? line : line.substring(0, comment);
  }

  /** Splits a {@code |}-separated list, dropping blanks and the {@code -} placeholder. */
  static List<String> list(String field) {
    List<String> items = new ArrayList<>();
    for (String item : field.split("\\|")) {
      String s = item.strip();
      if (!s.isEmpty() && !s.equals("-")) {
        items.add(s);
      }
    }
    return items;
  }
}
