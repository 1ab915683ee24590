package org.dyad.coder.dictionary.petrarch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads PETRARCH/TABARI actor dictionaries (Phoenix.Countries.actors.txt and the like): a primary
 * phrase with an optional default code, {@code +}synonyms, and tab-indented date restrictions
 * {@code [CODE 000507-080507]}, {@code [CODE >090120]}, {@code [CODE <080101]}. Dates are
 * YYYYMMDD or YYMMDD (years below 30 are 20YY); limits are inclusive.
 *
 * <p>Each actor becomes rows of Dyad's {@code people.tsv}: one per code restriction, the default
 * code last. A code splits into country and sector after its first three letters, except IGO,
 * NGO, IMG and MNC codes, which stay whole.
 */
final class PetrarchActorReader {
  private static final Pattern CODE = Pattern.compile("\\[([A-Z0-9]+)\\s*([<>]?)([0-9]{6,8})?(?:-([0-9]{6,8}))?\\s*\\]");

  /** A Dyad people.tsv row. */
  record Row(String names, String country, String role, String from, String to, String note) {
    String tsv() {
      return String.join("\t", names, country, role, from, to, note);
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private int skipped;

  List<Row> rows() {
    return rows;
  }

  /** Restrictions that could not be read (odd codes, bad dates). */
  int skipped() {
    return skipped;
  }

  void read(Path file) throws IOException {
    List<String> names = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    String where = "";
    for (PetrarchText.Line line : PetrarchText.lines(file)) {
      String text = line.text().replaceAll(";.*", ""); // TABARI-style comments
      if (text.isBlank()) {
        continue;
      }
      if (text.startsWith("+")) {
        names.add(PetrarchText.name(text.substring(1).replaceAll("\\[.*", "")));
      } else if (Character.isWhitespace(text.charAt(0))) {
        codes.add(text.trim());
      } else {
        flush(names, codes, where);
        names = new ArrayList<>();
        codes = new ArrayList<>();
        where = file.getFileName() + ":" + line.number();
        int bracket = text.indexOf('[');
        names.add(PetrarchText.name(bracket < 0 ? text : text.substring(0, bracket)));
        if (bracket >= 0) {
          codes.add(text.substring(bracket));
        }
      }
    }
    flush(names, codes, where);
  }

  private void flush(List<String> names, List<String> codes, String where) {
    if (names.isEmpty() || names.get(0).isEmpty()) {
      return;
    }
    List<Row> dated = new ArrayList<>();
    List<Row> undated = new ArrayList<>();
    for (String restriction : codes) {
      Matcher m = CODE.matcher(restriction);
      while (m.find()) {
        Row row = row(names, m, where);
        if (row == null) {
          skipped++;
        } else {
          (row.from().equals("-") && row.to().equals("-") ? undated : dated).add(row);
        }
      }
    }
    rows.addAll(dated);
    rows.addAll(undated);
  }

  private Row row(List<String> names, Matcher m, String where) {
    String code = m.group(1);
    if (!code.matches("[A-Z]{3,12}")) {
      return null;
    }
    boolean whole = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("IMG") || code.startsWith("MNC");
    String country = whole ? code : code.substring(0, 3);
    String role = whole || code.length() == 3 ? "-" : code.substring(3);
    LocalDate first = date(m.group(3));
    LocalDate second = date(m.group(4));
    if ((m.group(3) != null && first == null) || (m.group(4) != null && second == null)) {
      return null;
    }
    String from = "-";
    String to = "-";
    if (second != null) {
      from = first.toString();
      to = second.plusDays(1).toString();
    } else if (first != null && m.group(2).equals("<")) {
      to = first.plusDays(1).toString();
    } else if (first != null) {
      from = first.toString();
    }
    if (!from.equals("-") && !to.equals("-") && from.compareTo(to) >= 0) {
      return null;
    }
    return new Row(String.join("|", new java.util.LinkedHashSet<>(names)), country, role, from, to, "PETRARCH " + where);
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      if (text.length() == 8) {
        return LocalDate.of(Integer.parseInt(text.substring(0, 4)), Integer.parseInt(text.substring(4, 6)), Integer.parseInt(text.substring(6)));
      }
      int yy = Integer.parseInt(text.substring(0, 2));
      return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(text.substring(2, 4)), Integer.parseInt(text.substring(4)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
