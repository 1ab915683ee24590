package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.model.ActorMention;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.model.Evidence;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Codes one parsed sentence: finds its event words ({@link TriggerFinder}), decides whether each
 * is reported as done ({@link ModalityAnalyzer}), finds source and target ({@link
 * ArgumentFinder}) and builds one event per source–target pair. Thread-safe; the per-article
 * {@link DiscourseMemory} is passed in.
 */
final class SentenceCoder {
  private final Dictionaries dictionaries;
  private final TriggerFinder triggers;
  private final ModalityAnalyzer modality = new ModalityAnalyzer();

  SentenceCoder(Dictionaries dictionaries) {
    this.dictionaries = dictionaries;
    this.triggers = new TriggerFinder(dictionaries.verbs());
  }

  /** The events of a parsed sentence, with the trace of every decision. */
  Coded code(Article article, Sentence sentence, List<NameHit> hits, DiscourseMemory memory) {
    DependencyTree tree = new DependencyTree(sentence);
    ActorResolver resolver = new ActorResolver(tree, hits, article.date(), dictionaries.actors());
    ArgumentFinder arguments = new ArgumentFinder(tree, resolver, memory);
    List<Event> events = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    List<String> issues = dictionaries.issues().in(ArticleCoder.words(sentence));
    for (Trigger trigger : triggers.find(tree)) {
      Token word = tree.token(trigger.token());
      String verdict = codeOne(article, sentence, tree, arguments, trigger, issues, events);
      decisions.add(new Decision(word.word(), trigger.entry().describe(), verdict));
    }
    memory.observe(tree, resolver);
    SentenceTrace trace = new SentenceTrace(sentence, tree.describe(), resolver.mentions(), decisions, "");
    return new Coded(events, trace);
  }

  private String codeOne(
      Article article,
      Sentence sentence,
      DependencyTree tree,
      ArgumentFinder arguments,
      Trigger trigger,
      List<String> issues,
      List<Event> events) {
    Modality m = modality.analyze(tree, trigger.token());
    if (!m.codes()) {
      return m.status().name().toLowerCase(java.util.Locale.ROOT) + ": " + m.reason();
    }
    EventCode code = m.status() == Modality.Status.INTENDED ? trigger.entry().intent() : trigger.entry().code();
    if (code == null) {
      return "not coded: " + m.reason() + ", and the entry has no intent code";
    }
    Argument source = arguments.source(trigger, m);
    if (source.isEmpty()) {
      return "not coded: no source actor";
    }
    Argument target = arguments.target(trigger, source);
    if (target.isEmpty()) {
      return "not coded: no target actor (source " + codes(source) + ")";
    }
    // A sector alone may act ("critics argue"), but an act needs a target of known country:
    // "authorities urged people" says too little to code.
    List<ActorMention> targets = target.actors().stream().filter(t -> !t.actor().country().isEmpty()).toList();
    if (targets.isEmpty()) {
      return "not coded: target " + codes(target) + " has no country or organization";
    }
    String rule = (trigger.entry().nominal() ? "noun " : "verb ") + source.rule() + " " + target.rule()
        + (m.status() == Modality.Status.INTENDED ? " " + m.reason() : "");
    Token word = tree.token(trigger.token());
    Evidence evidence = new Evidence(rule, trigger.entry().describe(), word.word(), word.span());
    int before = events.size();
    for (ActorMention s : source.actors()) {
      for (ActorMention t : targets) {
        if (!s.actor().code().equals(t.actor().code())) {
          Span span = s.span().union(word.span()).union(t.span());
          events.add(
              new Event(
                  article.id(), article.date(), s, t, code, sentence.index(), sentence.text(), span,
                  evidence, m.attribution(), m.hedged(), issues, null));
        }
      }
    }
    int added = events.size() - before;
    return added == 0
        ? "not coded: source and target are the same actor (" + codes(source) + ")"
        : "coded " + code.code() + " " + codes(source) + " → " + codes(target) + " by " + rule;
  }

  private static String codes(Argument a) {
    List<String> codes = new ArrayList<>();
    for (ActorMention m : a.actors()) {
      codes.add(m.actor().code());
    }
    return String.join("+", codes);
  }

  /** A sentence's events and trace. */
  record Coded(List<Event> events, SentenceTrace trace) {}
}
