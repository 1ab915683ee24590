package org.dyad.cli.output;

import java.io.PrintWriter;
import java.util.List;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Event;

/** Tab-separated events with a header; tabs and newlines inside fields become spaces. */
final class TsvWriter implements EventWriter {
  static final List<String> COLUMNS =
      List.of(
          "doc_id", "date", "source", "source_text", "target", "target_text", "cameo", "root", "goldstein",
          "quad_class", "plover_type", "plover_mode", "sentence_index", "trigger", "rule", "attribution",
          "hedged", "issues", "place", "lat", "lon", "precision", "place_method", "source_country_from", "target_country_from", "modality", "event_date", "time_precision",
          "fatalities", "injured", "arrested", "event_type", "sub_event_type", "sentence");

  private final PrintWriter out;
  private boolean header;

  TsvWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) {
    if (!header) {
      out.println(String.join("\t", COLUMNS));
      header = true;
    }
    for (Event e : result.events()) {
      out.println(
          String.join(
              "\t",
              clean(e.docId()),
              e.date() == null ? "" : e.date().toString(),
              e.source().actor().code(),
              clean(e.source().text()),
              e.target().actor().code(),
              clean(e.target().text()),
              e.code().code(),
              e.code().root(),
              Double.toString(e.code().goldstein()),
              Integer.toString(e.code().quadClass().number()),
              e.code().ploverType().name(),
              e.code().ploverMode(),
              Integer.toString(e.sentenceIndex()),
              clean(e.evidence().trigger()),
              clean(e.evidence().rule()),
              clean(e.attribution()),
              Boolean.toString(e.hedged()),
              String.join(",", e.issues()),
              e.location() == null ? "" : clean(e.location().name()),
              e.location() == null ? "" : Double.toString(e.location().latitude()),
              e.location() == null ? "" : Double.toString(e.location().longitude()),
              e.location() == null ? "none" : e.location().precision().name().toLowerCase(java.util.Locale.ROOT),
              e.location() == null ? "" : clean(e.location().method()),
              e.source().countryFrom().label(),
              e.target().countryFrom().label(),
              e.modality().label(),
              e.time().date() == null ? "" : e.time().date().toString(),
              e.time().precision().label(),
              count(e.casualties().fatalities()),
              count(e.casualties().injured()),
              count(e.casualties().arrested()),
              e.conflictType().eventType(),
              e.conflictType().subEventType(),
              clean(e.sentenceText())));
    }
  }

  private static String count(Integer n) {
    return n == null ? "" : n.toString();
  }

  private static String clean(String field) {
    return field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public void finish() {
    out.flush();
  }
}
