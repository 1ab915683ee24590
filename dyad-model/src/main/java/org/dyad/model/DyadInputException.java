package org.dyad.model;

import java.io.IOException;

/**
 * Bad input: a file, article or dictionary line that Dyad cannot use. The message names the input
 * and, where known, the line, and reads as one line for the user ({@code verbs.tsv:17: unknown
 * CAMEO code 999}).
 */
public class DyadInputException extends IOException {
  private static final long serialVersionUID = 1L;

  public DyadInputException(String message) {
    super(message);
  }

  public DyadInputException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An error at a line of a named input. */
  public static DyadInputException at(String input, int line, String problem) {
    return new DyadInputException(input + ":" + line + ": " + problem);
  }
}
