package org.dyad.serve;

/** A request the API refuses: which parameter (or {@code null} for the body) and why. Answered with 400. */
final class BadRequest extends RuntimeException {
  private final String parameter;

  BadRequest(String parameter, String why) {
    super(why);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
