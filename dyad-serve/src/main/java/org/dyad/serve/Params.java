package org.dyad.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A request's query parameters, checked: an unknown parameter, a malformed date or number, or a
 * value out of range is a {@link BadRequest} naming the parameter and what is wrong with it, so
 * that a typo ("sinse=") is not silently ignored.
 */
final class Params {
  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** The parameters of a request to a route that accepts {@code allowed}. */
  static Params of(Context ctx, Set<String> allowed) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!allowed.contains(name)) {
        throw new BadRequest(name, allowed.isEmpty() ? "unknown parameter; this endpoint takes no parameters"
            : "unknown parameter; this endpoint takes " + String.join(", ", new TreeSet<>(allowed)));
      }
    }
    return new Params(ctx);
  }

  /** A text parameter, or {@code null} when absent or blank. */
  String text(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** An actor or event code: letters and digits only, upper-cased. */
  String code(String name) {
    String value = text(name);
    if (value != null && !value.matches("[A-Za-z0-9]{1,20}")) {
      throw new BadRequest(name, "must be a code of letters and digits such as RUS or 190, not '" + value + "'");
    }
    return value == null ? null : value.toUpperCase(Locale.ROOT);
  }

  LocalDate date(String name) {
    String value = text(name);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequest(name, "must be a date as YYYY-MM-DD, not '" + value + "'");
    }
  }

  Integer integer(String name, int min, int max) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < min || n > max) {
        throw new BadRequest(name, "must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest(name, "must be a whole number, not '" + value + "'");
    }
  }

  int integer(String name, int min, int max, int fallback) {
    Integer n = integer(name, min, max);
    return n == null ? fallback : n;
  }

  double number(String name, double min, double max, double fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    try {
      double x = Double.parseDouble(value);
      if (!(x >= min && x <= max)) {
        throw new BadRequest(name, "must be between " + min + " and " + max + ", not " + value);
      }
      return x;
    } catch (NumberFormatException e) {
      throw new BadRequest(name, "must be a number, not '" + value + "'");
    }
  }

  boolean flag(String name) {
    String value = text(name);
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    throw new BadRequest(name, "must be true or false, not '" + value + "'");
  }

  /** One of some values, given in any case; {@code fallback} when absent. */
  String oneOf(String name, java.util.List<String> values, String fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (values.contains(lower)) {
      return lower;
    }
    throw new BadRequest(name, "must be one of " + String.join(", ", values) + ", not '" + value + "'");
  }

  /** One of an enum's constants, written in lower case with hyphens ("most-hostile"). */
  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    for (E e : type.getEnumConstants()) {
      if (wireName(e).equals(value.toLowerCase(Locale.ROOT))) {
        return e;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      names.append(names.length() == 0 ? "" : ", ").append(wireName(e));
    }
    throw new BadRequest(name, "must be one of " + names + ", not '" + value + "'");
  }

  static String wireName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
