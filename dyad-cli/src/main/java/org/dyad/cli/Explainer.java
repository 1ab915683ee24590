package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.coder.ArticleResult;
import org.dyad.coder.Decision;
import org.dyad.coder.SentenceTrace;
import org.dyad.model.ActorMention;

/** Prints, per sentence, what the coder saw and decided: {@code dyad code --explain}. */
final class Explainer {
  private final PrintWriter out;

  Explainer(PrintWriter out) {
    this.out = out;
  }

  void explain(ArticleResult result) {
    out.println("# " + result.article().id() + (result.article().date() == null ? " (undated)" : " " + result.article().date()));
    for (SentenceTrace t : result.traces()) {
      out.println();
      out.println("[" + t.sentence().index() + "] " + t.sentence().text());
      if (!t.skipped().isEmpty()) {
        out.println("    not parsed: " + t.skipped());
        continue;
      }
      out.println("    parse:");
      t.parse().forEach(line -> out.println("      " + line));
      out.print("    actors:");
      if (t.actors().isEmpty()) {
        out.print(" none");
      }
      for (ActorMention m : t.actors()) {
        out.print(" [" + m.text() + " → " + m.actor().code() + (m.actor().name().isEmpty() ? "" : " " + m.actor().name()) + "]");
      }
      out.println();
      if (t.decisions().isEmpty()) {
        out.println("    no event word of the lexicon");
      }
      for (Decision d : t.decisions()) {
        out.println("    '" + d.trigger() + "' (" + d.entry() + "): " + d.verdict());
      }
    }
    out.println();
  }
}
