package org.dyad.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import org.dyad.coder.ArticleResult;
import org.dyad.model.ActorMention;
import org.dyad.model.Casualties;
import org.dyad.model.Event;
import org.dyad.model.EventTime;

/**
 * Events for a person to read: one block per event with its code, mode, ACLED-style type, modality,
 * date of the act, casualties, sentence and evidence (the fields the jsonl and tsv outputs carry).
 */
final class TableWriter implements EventWriter {
  private final PrintWriter out;
  private int events;
  private int articles;

  TableWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) {
    articles++;
    out.printf(Locale.ROOT, "%s — %d sentences, %d events%s%n", result.article().id(), result.sentenceCount(),
        result.events().size(), result.article().date() == null ? " (no date: pass --date for dated roles)" : ", " + result.article().date());
    for (Event e : result.events()) {
      events++;
      out.printf(Locale.ROOT, "%n  %-28s → %-28s %-5s %s%n", actor(e.source()), actor(e.target()), e.code().code(), e.code().name());
      out.printf(Locale.ROOT, "    goldstein %+.1f · quad %d · PLOVER %s%s%s%s%n", e.code().goldstein(), e.code().quadClass().number(),
          e.code().ploverType(), e.code().ploverMode().isEmpty() ? "" : "/" + e.code().ploverMode(),
          e.code().ploverContext().isEmpty() ? "" : " (" + e.code().ploverContext() + ")", e.hedged() ? " · hedged" : "");
      out.printf(Locale.ROOT, "    %s · act %s%s%s%n", e.modality().label(), e.time().date() == null ? "undated" : e.time().date(),
          e.time().precision() == EventTime.Precision.DAY ? "" : " (" + e.time().precision().label() + ")",
          e.time().words().isEmpty() ? "" : " '" + e.time().words() + "'");
      if (!e.conflictType().isEmpty()) {
        out.printf(Locale.ROOT, "    type: %s / %s%n", e.conflictType().eventType(), e.conflictType().subEventType());
      }
      if (!e.casualties().isEmpty()) {
        out.printf(Locale.ROOT, "    toll: %s — '%s'%n", toll(e.casualties()), e.casualties().words());
      }
      out.printf(Locale.ROOT, "    sentence %d: %s%n", e.sentenceIndex(), e.sentenceText());
      out.printf(Locale.ROOT, "    evidence: '%s' — %s — %s%n", e.evidence().trigger(), e.evidence().entry(), e.evidence().rule());
      if (e.location() != null) {
        out.printf(Locale.ROOT, "    where: %s, %s (%.3f, %.3f; %s precision, from the %s)%n", e.location().name(), e.location().country(),
            e.location().latitude(), e.location().longitude(), e.location().precision().name().toLowerCase(Locale.ROOT), e.location().method());
      }
      if (!e.issues().isEmpty()) {
        out.printf(Locale.ROOT, "    issues: %s%n", String.join(", ", e.issues()));
      }
      if (!e.attribution().isEmpty()) {
        out.printf(Locale.ROOT, "    according to: %s%n", e.attribution());
      }
    }
    out.println();
  }

  /** "killed 4, injured 2, arrested 50", naming only the counts the sentence states. */
  private static String toll(Casualties c) {
    StringBuilder b = new StringBuilder();
    count(b, "killed", c.fatalities());
    count(b, "injured", c.injured());
    count(b, "arrested", c.arrested());
    return b.toString();
  }

  private static void count(StringBuilder b, String what, Integer n) {
    if (n != null) {
      b.append(b.length() == 0 ? "" : ", ").append(what).append(' ').append(n);
    }
  }

  private static String actor(ActorMention m) {
    return m.actor().code() + " (" + m.text() + ")";
  }

  @Override
  public void finish() {
    out.printf(Locale.ROOT, "%d event%s from %d article%s%n", events, events == 1 ? "" : "s", articles, articles == 1 ? "" : "s");
    out.flush();
  }
}
