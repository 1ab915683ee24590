package org.dyad.coder.dictionary;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.model.DyadInputException;

/**
 * The names Dyad recognizes as actors: countries (names, demonyms, seats of power),
 * organizations, armed and political groups, sector nouns and people, from {@code countries.tsv},
 * {@code organizations.tsv}, {@code groups.tsv}, {@code people.tsv} and {@code agents.tsv}. Immutable and thread-safe once loaded.
 *
 * <p>Names are indexed by a key that ignores case and spaces, so "U.S." matches however the
 * tokenizer split it; {@link NameEntry#caseSensitive()} and {@link NameEntry#proper()} then keep
 * "us" and "turkey" from matching the United States and Turkey.
 */
public final class ActorDictionary {
  public static final List<String> FILES =
      List.of("countries.tsv", "organizations.tsv", "groups.tsv", "people.tsv", "agents.tsv");

  private final Map<String, List<NameEntry>> byKey;
  private final int longestName;
  private final Map<String, String> countryNames;

  private ActorDictionary(Map<String, List<NameEntry>> byKey, Map<String, String> countryNames) {
    this.byKey = byKey;
    this.countryNames = countryNames;
    int longest = 1;
    for (List<NameEntry> entries : byKey.values()) {
      for (NameEntry e : entries) {
        longest = Math.max(longest, e.written().split("\\s+").length + 2);
      }
    }
    this.longestName = longest;
  }

  /** Loads the four actor files from a source. */
  public static ActorDictionary load(DictionarySource source) throws IOException {
    Map<String, List<NameEntry>> byKey = new HashMap<>();
    Map<String, String> countryNames = new LinkedHashMap<>();
    for (TsvFile.Row row : TsvFile.read(source, "countries.tsv")) {
      String code = code(row, 0);
      List<String> names = TsvFile.list(row.field(1));
      if (names.isEmpty()) {
        throw row.error("country " + code + " has no name");
      }
      String name = names.get(0);
      countryNames.putIfAbsent(code, name);
      addAll(byKey, names, NameKind.COUNTRY, code, name, row);
      addAll(byKey, TsvFile.list(row.field(2)), NameKind.DEMONYM, code, name, row);
      addAll(byKey, TsvFile.list(row.field(3)), NameKind.GOVERNMENT_METONYM, code, name, row);
    }
    for (TsvFile.Row row : TsvFile.read(source, "organizations.tsv")) {
      List<String> names = TsvFile.list(row.field(1));
      addAll(byKey, names, NameKind.ORGANIZATION, code(row, 0), names.get(0), row);
    }
    for (TsvFile.Row row : TsvFile.read(source, "groups.tsv")) {
      List<String> names = TsvFile.list(row.field(0));
      Role role = new Role(code(row, 1), code(row, 2), null, null, row.field(3));
      for (String written : names) {
        NameEntry entry = new NameEntry(NameKind.GROUP, role.country(), names.get(0), written, List.of(role), row.where());
        byKey.computeIfAbsent(key(written), k -> new ArrayList<>()).add(entry);
      }
    }
    readPeople(source, byKey);
    for (TsvFile.Row row : TsvFile.read(source, "agents.tsv")) {
      String code = code(row, 0);
      addAll(byKey, TsvFile.list(row.field(1)), NameKind.AGENT, code, code, row);
    }
    return new ActorDictionary(byKey, countryNames);
  }

  /** People: one row per role period; rows with the same first name are one person. */
  private static void readPeople(DictionarySource source, Map<String, List<NameEntry>> byKey)
      throws IOException {
    Map<String, List<Role>> roles = new LinkedHashMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    Map<String, String> where = new HashMap<>();
    for (TsvFile.Row row : TsvFile.read(source, "people.tsv")) {
      List<String> names = TsvFile.list(row.field(0));
      if (names.isEmpty()) {
        throw row.error("person without a name");
      }
      String agent = row.field(2).equals("-") ? "" : code(row, 2);
      Role role = new Role(code(row, 1), agent, date(row, 3), date(row, 4), row.field(5));
      String person = names.get(0);
      roles.computeIfAbsent(person, k -> new ArrayList<>()).add(role);
      List<String> known = aliases.computeIfAbsent(person, k -> new ArrayList<>());
      names.stream().filter(n -> !known.contains(n)).forEach(known::add);
      where.putIfAbsent(person, row.where());
    }
    for (Map.Entry<String, List<Role>> p : roles.entrySet()) {
      String person = p.getKey();
      for (String alias : aliases.get(person)) {
        NameEntry entry =
            new NameEntry(
                NameKind.PERSON, p.getValue().get(0).country(), person, alias, p.getValue(), where.get(person));
        byKey.computeIfAbsent(key(alias), k -> new ArrayList<>()).add(entry);
      }
    }
  }

  private static void addAll(
      Map<String, List<NameEntry>> byKey,
      List<String> names,
      NameKind kind,
      String code,
      String canonical,
      TsvFile.Row row) {
    for (String written : names) {
      NameEntry entry = new NameEntry(kind, code, canonical, written, List.of(), row.where());
      byKey.computeIfAbsent(key(written), k -> new ArrayList<>()).add(entry);
    }
  }

  private static String code(TsvFile.Row row, int column) throws DyadInputException {
    String code = row.field(column);
    if (!code.matches("[A-Z]{2,12}")) {
      throw row.error("column " + (column + 1) + ": expected an upper-case code, found '" + code + "'");
    }
    return code;
  }

  private static LocalDate date(TsvFile.Row row, int column) throws DyadInputException {
    String text = row.field(column);
    if (text.isEmpty() || text.equals("-")) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw row.error("column " + (column + 1) + ": expected a date YYYY-MM-DD, found '" + text + "'");
    }
  }

  /** The index key of a name or of a run of tokens: lower case, no white space. */
  public static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        key.append(c == '’' ? '\'' : c);
      }
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  /** The entries whose key is {@code key}, best first (countries, organizations, people, agents). */
  public List<NameEntry> lookup(String key) {
    return byKey.getOrDefault(key, List.of());
  }

  /** The most tokens a name can span, an upper bound for matching. */
  public int longestName() {
    return longestName;
  }

  /** The name of a country code ("UKR" → "Ukraine"), or the code itself. */
  public String countryName(String code) {
    return countryNames.getOrDefault(code, code);
  }

  /** How many distinct names the dictionary holds. */
  public int size() {
    return byKey.size();
  }
}
