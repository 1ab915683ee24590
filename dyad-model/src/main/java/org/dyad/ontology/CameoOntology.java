package org.dyad.ontology;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dyad.model.EventCode;
import org.dyad.model.PloverType;
import org.dyad.model.QuadClass;

/**
 * Every CAMEO event code with its name, Goldstein score (GDELT's values), quad class and PLOVER
 * mapping, loaded from {@code cameo-codes.tsv}. Immutable and thread-safe.
 *
 * <p>The code tree is implicit in the digits: "1951" is a child of "195", a child of the root
 * "19".
 */
public final class CameoOntology {
  private static final String RESOURCE = "cameo-codes.tsv";

  private final Map<String, EventCode> codes;

  private CameoOntology(Map<String, EventCode> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** Loads the ontology shipped with Dyad. */
  public static CameoOntology load() {
    return of(ResourceTable.load(RESOURCE), RESOURCE);
  }

  static CameoOntology read(BufferedReader reader, String name) throws IOException {
    return of(ResourceTable.read(reader), name);
  }

  private static CameoOntology of(List<ResourceTable.Row> rows, String name) {
    Map<String, EventCode> codes = new TreeMap<>();
    for (ResourceTable.Row row : rows) {
      EventCode code = parse(row.fields(), name + ":" + row.line());
      if (codes.put(code.code(), code) != null) {
        throw new IllegalStateException(name + ":" + row.line() + ": duplicate code " + code.code());
      }
    }
    return new CameoOntology(codes);
  }

  private static EventCode parse(String[] f, String where) {
    if (f.length != 7) {
      throw new IllegalStateException(where + ": expected 7 tab-separated columns, found " + f.length);
    }
    try {
      return new EventCode(
          f[0],
          f[1],
          Double.parseDouble(f[2]),
          QuadClass.ofNumber(Integer.parseInt(f[3])),
          PloverType.valueOf(f[4].trim().toUpperCase(Locale.ROOT)),
          f[5].trim(),
          f[6].trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  /** The code, or empty when CAMEO has no such code. */
  public Optional<EventCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /** The code; throws when unknown (a dictionary naming an unknown code is a programming error). */
  public EventCode get(String code) {
    EventCode c = codes.get(code);
    if (c == null) {
      throw new IllegalArgumentException("unknown CAMEO event code: " + code);
    }
    return c;
  }

  /** The parent code ("19" for "195", "195" for "1951"), empty for a root. */
  public Optional<EventCode> parent(String code) {
    return code.length() <= 2 ? Optional.empty() : find(code.substring(0, code.length() - 1))
        .or(() -> find(code.substring(0, 2)));
  }

  /** The direct children of a code, in code order. */
  public List<EventCode> children(String code) {
    List<EventCode> children = new ArrayList<>();
    for (EventCode c : codes.values()) {
      if (c.code().length() == code.length() + 1 && c.code().startsWith(code)) {
        children.add(c);
      }
    }
    return children;
  }

  /** All codes in code order. */
  public List<EventCode> all() {
    return List.copyOf(codes.values());
  }
}
