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

  /** Loads the actor files of a source, failing at the first bad line. */
  public static ActorDictionary load(DictionarySource source) throws IOException {
    return load(source, Problems.strict());
  }

  /** Loads the actor files of a source, sending bad lines to {@code problems}. */
  public static ActorDictionary load(DictionarySource source, Problems problems) throws IOException {
    Loader loader = new Loader();
    for (TsvFile.Row row : TsvFile.read(source, "countries.tsv", problems)) {
      loader.guard(row, problems, loader::country);
    }
    for (TsvFile.Row row : TsvFile.read(source, "organizations.tsv", problems)) {
      loader.guard(row, problems, loader::organization);
    }
    for (TsvFile.Row row : TsvFile.read(source, "groups.tsv", problems)) {
      loader.guard(row, problems, loader::group);
    }
    for (TsvFile.Row row : TsvFile.read(source, "people.tsv", problems)) {
      loader.guard(row, problems, loader::personRole);
    }
    loader.addPeople();
    for (TsvFile.Row row : TsvFile.read(source, "agents.tsv", problems)) {
      loader.guard(row, problems, loader::agent);
    }
    return new ActorDictionary(loader.byKey, loader.countryNames);
  }

  /** Reads one kind of row; throws on a bad one. */
  private interface RowReader {
    void read(TsvFile.Row row) throws DyadInputException;
  }

  /** The state of one load: names so far and people's roles gathered across rows. */
  private static final class Loader {
    final Map<String, List<NameEntry>> byKey = new HashMap<>();
    final Map<String, String> countryNames = new LinkedHashMap<>();
    final Map<String, List<Role>> roles = new LinkedHashMap<>();
    final Map<String, List<String>> aliases = new LinkedHashMap<>();
    final Map<String, String> firstRow = new HashMap<>();

    void guard(TsvFile.Row row, Problems problems, RowReader reader) throws DyadInputException {
      try {
        reader.read(row);
      } catch (DyadInputException e) {
        problems.report(e);
      }
    }

    void country(TsvFile.Row row) throws DyadInputException {
      String code = code(row, 0);
      List<String> names = TsvFile.list(row.field(1));
      if (names.isEmpty()) {
        throw row.error("country " + code + " has no name");
      }
      String name = names.get(0);
      countryNames.putIfAbsent(code, name);
      addAll(names, NameKind.COUNTRY, code, name, row);
      addAll(TsvFile.list(row.field(2)), NameKind.DEMONYM, code, name, row);
      addAll(TsvFile.list(row.field(3)), NameKind.GOVERNMENT_METONYM, code, name, row);
    }

    void organization(TsvFile.Row row) throws DyadInputException {
      List<String> names = TsvFile.list(row.field(1));
      if (names.isEmpty()) {
        throw row.error("organization without a name");
      }
      addAll(names, NameKind.ORGANIZATION, code(row, 0), names.get(0), row);
    }

    void group(TsvFile.Row row) throws DyadInputException {
      List<String> names = TsvFile.list(row.field(0));
      if (names.isEmpty()) {
        throw row.error("group without a name");
      }
      Role role = new Role(code(row, 1), code(row, 2), null, null, row.field(3));
      for (String written : names) {
        add(new NameEntry(NameKind.GROUP, role.country(), names.get(0), written, List.of(role), row.where()));
      }
    }

    /** People: one row per role period; rows with the same first name are one person. */
    void personRole(TsvFile.Row row) throws DyadInputException {
      List<String> names = TsvFile.list(row.field(0));
      if (names.isEmpty()) {
        throw row.error("person without a name");
      }
      String agent = row.field(2).equals("-") ? "" : code(row, 2);
      Role role = new Role(code(row, 1), agent, date(row, 3), date(row, 4), row.field(5));
      if (role.from() != null && role.to() != null && !role.from().isBefore(role.to())) {
        throw row.error("role ends (" + role.to() + ") before it starts (" + role.from() + ")");
      }
      String person = names.get(0);
      roles.computeIfAbsent(person, k -> new ArrayList<>()).add(role);
      List<String> known = aliases.computeIfAbsent(person, k -> new ArrayList<>());
      names.stream().filter(n -> !known.contains(n)).forEach(known::add);
      firstRow.putIfAbsent(person, row.where());
    }

    void addPeople() {
      for (Map.Entry<String, List<Role>> p : roles.entrySet()) {
        String person = p.getKey();
        for (String alias : aliases.get(person)) {
          add(new NameEntry(NameKind.PERSON, p.getValue().get(0).country(), person, alias, p.getValue(), firstRow.get(person)));
        }
      }
    }

    void agent(TsvFile.Row row) throws DyadInputException {
      String code = code(row, 0);
      addAll(TsvFile.list(row.field(1)), NameKind.AGENT, code, code, row);
    }

    private void addAll(List<String> names, NameKind kind, String code, String canonical, TsvFile.Row row) {
      for (String written : names) {
        add(new NameEntry(kind, code, canonical, written, List.of(), row.where()));
      }
    }

    private void add(NameEntry entry) {
      byKey.computeIfAbsent(key(entry.written()), k -> new ArrayList<>()).add(entry);
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

  /** Every name key with its entries, for {@link DictionaryCheck}. */
  Map<String, List<NameEntry>> entries() {
    return byKey;
  }

  /** Every name key ({@link #key}), for a matcher that indexes them its own way ({@code NameMatcher}). */
  public java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(byKey.keySet());
  }

  /** How many distinct names the dictionary holds. */
  public int size() {
    return byKey.size();
  }
}
