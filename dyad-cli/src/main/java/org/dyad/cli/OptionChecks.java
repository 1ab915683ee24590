package org.dyad.cli;

import java.time.LocalDate;
import java.util.Locale;
import org.dyad.model.DyadInputException;

/**
 * The checks the CLI makes on option values before it opens anything, as strictly as the API does
 * its parameters: a bad value is one line naming the option and why (exit 2), never a stack trace
 * or a silently empty result.
 */
final class OptionChecks {
  private OptionChecks() {}

  static void atLeast(String option, long value, long minimum) throws DyadInputException {
    if (value < minimum) {
      throw new DyadInputException(option + " must be at least " + minimum + ", found " + value);
    }
  }

  static void atMost(String option, long value, long maximum) throws DyadInputException {
    if (value > maximum) {
      throw new DyadInputException(option + " must be at most " + maximum + ", found " + value);
    }
  }

  static void positive(String option, double value) throws DyadInputException {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new DyadInputException(option + " must be a positive number, found " + value);
    }
  }

  static void ordered(LocalDate since, LocalDate until) throws DyadInputException {
    if (since != null && until != null && since.isAfter(until)) {
      throw new DyadInputException("--since " + since + " is after --until " + until + "; no event could match");
    }
  }

  /** A sector code as the store holds it: "mil" → "MIL". */
  static String sectorCode(String option, String code) throws DyadInputException {
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3}")) {
      throw new DyadInputException(option + " must be a sector code of three letters (e.g. MIL, GOV, COP), found '" + code + "'");
    }
    return upper;
  }

  /** An actor code prefix as the store holds it (upper case, letters only): "arm" → "ARM". */
  static String actorCode(String label, String code) throws DyadInputException {
    String upper = code.toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{3,}")) {
      throw new DyadInputException(label + " must be an actor code of letters (e.g. RUS, UKRMIL), found '" + code + "'");
    }
    return upper;
  }
}
