package org.dyad.coder;

/**
 * Time one article (or, summed, a corpus) spent in each stage of the pipeline, in nanoseconds of
 * the thread that coded it; {@code dyad bench} reports them per stage.
 *
 * @param tokenize restoring capitals (caseless text), tokenising and sentence splitting
 * @param filter matching names and deciding which sentences can hold an event, before and after tagging
 * @param tag part-of-speech tagging and lemmatising the sentences that pass
 * @param parse dependency parsing
 * @param code coding the parsed sentences (actors, events, learned typing) and the article's context
 * @param geo geolocating the events
 */
public record StageTimes(long tokenize, long filter, long tag, long parse, long code, long geo) {
  /** No time at all. */
  public static final StageTimes NONE = new StageTimes(0, 0, 0, 0, 0, 0);

  public StageTimes plus(StageTimes o) {
    return new StageTimes(tokenize + o.tokenize, filter + o.filter, tag + o.tag, parse + o.parse, code + o.code, geo + o.geo);
  }

  /** The same with the time geolocation took. */
  public StageTimes withGeo(long nanos) {
    return new StageTimes(tokenize, filter, tag, parse, code, nanos);
  }

  public long total() {
    return tokenize + filter + tag + parse + code + geo;
  }
}
