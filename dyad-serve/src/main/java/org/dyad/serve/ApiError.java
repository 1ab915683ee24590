package org.dyad.serve;

/** The JSON body of every API error: what went wrong and, for a bad parameter, which one. */
record ApiError(String error, String parameter) {
  static ApiError of(String error) {
    return new ApiError(error, null);
  }
}
