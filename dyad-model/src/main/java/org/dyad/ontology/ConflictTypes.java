package org.dyad.ontology;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.ConflictType;

/**
 * The table that gives events their ACLED-style event and sub-event type ({@code
 * conflict-types.tsv}): ordered rows of a CAMEO code prefix and conditions on the sentence's
 * words, the actors' sectors and whether they belong to different countries; the first row that
 * matches wins; a condition may also name the trigger ("shoot down"). One table, so that the coder,
 * the exports and the tests agree. Immutable.
 */
public final class ConflictTypes {
  private static final String RESOURCE = "conflict-types.tsv";

  /** What the table looks at in an event; {@code trigger} is its lexicon word with any particle ("shoot down"), or empty. */
  public record Facts(String code, String sourceAgent, String targetAgent, boolean foreign, Set<String> words, String trigger) {}

  private record Row(List<String> codes, Set<String> words, Set<String> sources, Set<String> targets, boolean foreign,
      Set<String> triggers, ConflictType type, int line) {
    boolean matches(Facts f) {
      return codes.stream().anyMatch(f.code()::startsWith)
          && (triggers.isEmpty() || triggers.contains(f.trigger()))
          && (words.isEmpty() || words.stream().anyMatch(f.words()::contains))
          && (sources.isEmpty() || sources.contains(f.sourceAgent()))
          && (targets.isEmpty() || targets.contains(f.targetAgent()))
          && (!foreign || f.foreign());
    }
  }

  private final List<Row> rows;

  private ConflictTypes(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /** The table shipped with Dyad. */
  public static ConflictTypes load() {
    List<Row> rows = new ArrayList<>();
    for (ResourceTable.Row row : ResourceTable.load(RESOURCE)) {
      rows.add(row(row.fields(), row.line()));
    }
    return new ConflictTypes(rows);
  }

  private static Row row(String[] f, int number) {
    if (f.length != 4) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": expected 4 columns, found " + f.length);
    }
    Set<String> words = Set.of();
    Set<String> sources = Set.of();
    Set<String> targets = Set.of();
    Set<String> triggers = Set.of();
    boolean foreign = false;
    for (String condition : f[1].equals("-") ? new String[0] : f[1].split(";")) {
      String c = condition.trim();
      if (c.equals("foreign")) {
        foreign = true;
      } else if (c.startsWith("words=")) {
        words = Set.of(c.substring(6).split("\\|"));
      } else if (c.startsWith("source=")) {
        sources = Set.of(c.substring(7).split("\\|"));
      } else if (c.startsWith("trigger=")) {
        triggers = Set.of(c.substring(8).split("\\|"));
      } else if (c.startsWith("target=")) {
        targets = Set.of(c.substring(7).split("\\|"));
      } else {
        throw new IllegalStateException(RESOURCE + ":" + number + ": unknown condition '" + c + "'");
      }
    }
    return new Row(List.of(f[0].split("\\|")), words, sources, targets, foreign, triggers, new ConflictType(f[2], f[3]), number);
  }

  /** The type of an event, or {@link ConflictType#NONE} when no row matches. */
  public ConflictType classify(Facts facts) {
    for (Row r : rows) {
      if (r.matches(facts)) {
        return r.type();
      }
    }
    return ConflictType.NONE;
  }

  /** The event type of a sub-event type the table gives ("Air/drone strike" → "Explosions/Remote violence"), or empty. */
  public String eventTypeOf(String subEventType) {
    for (Row r : rows) {
      if (r.type().subEventType().equals(subEventType)) {
        return r.type().eventType();
      }
    }
    return "";
  }

  /** Every sub-event type the table can give, for checks and documentation. */
  public List<ConflictType> types() {
    return rows.stream().map(Row::type).distinct().toList();
  }
}
