package org.dyad.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coder.dictionary.Conditions;
import org.dyad.coder.dictionary.LexiconEntry;
import org.dyad.coder.typing.EventTyper;
import org.dyad.coder.typing.Exemplar;
import org.dyad.coder.typing.Typing;
import org.dyad.model.ConflictType;
import org.dyad.model.Event;
import org.dyad.model.EventCode;
import org.dyad.ontology.CameoOntology;
import org.dyad.ontology.ConflictTypes;

/**
 * How the learned typer joins the rules in one sentence. Where the lexicon fired, the typer
 * confirms, or lowers the event's confidence when most of its nearest exemplars vote for another
 * root, and refines a generic conflict type (an attack, a clash, a protest) with the nearest
 * sub-event type when that is close enough. Where the lexicon found nothing but the sentence names
 * an actor, a confident vote for an event root makes a trigger of the sentence's main verb, and the
 * rules find source and target as for any event word; such events say {@code rule: model}, with
 * the vote and the three nearest exemplars. Thresholds: see {@link Thresholds}. Thread-safe.
 */
final class HybridTyping {
  /**
   * The thresholds, calibrated by cross-validation on dev.jsonl and real.jsonl (a file is never
   * typed against its own sentences): the nearest k exemplars vote, similarity-weighted.
   *
   * @param k how many neighbours vote
   * @param minShare the share of the vote an event root needs to make an event where no rule fired
   * @param minSimilarity the similarity the nearest exemplar needs for that
   * @param disagreeShare the share of the vote for another root that lowers a rule event's confidence
   * @param subEventSimilarity the similarity a sub-event description needs to refine a generic type
   */
  record Thresholds(int k, double minShare, double minSimilarity, double disagreeShare, double subEventSimilarity) {
    static final Thresholds CALIBRATED = new Thresholds(10, knob("minShare", 0.6), knob("minSimilarity", 0.55),
        knob("disagreeShare", 0.7), knob("subEventSimilarity", 0.45));

    /** A threshold, overridable for calibration runs with {@code -Ddyad.typer.NAME=VALUE}. */
    private static double knob(String name, double calibrated) {
      return Double.parseDouble(System.getProperty("dyad.typer." + name, Double.toString(calibrated)));
    }
  }

  /** Sub-event types too generic to keep when the typer sees a specific one. */
  private static final Set<String> GENERIC = Set.of("Attack", "Armed clash", "Peaceful protest", "Other");

  private final EventTyper typer;
  private final CameoOntology ontology;
  private final ConflictTypes conflictTypes;
  private final Thresholds thresholds;

  HybridTyping(EventTyper typer, CameoOntology ontology, ConflictTypes conflictTypes, Thresholds thresholds) {
    this.typer = typer;
    this.ontology = ontology;
    this.conflictTypes = conflictTypes;
    this.thresholds = thresholds;
  }

  Typing type(String sentence) {
    return typer.type(sentence);
  }

  /** The sentence's rule-made events with the typer's view: confidence, and a refined conflict type. */
  List<Event> review(List<Event> events, Typing typing) {
    Optional<Typing.Vote> vote = typing.rootVote(thresholds.k());
    List<Event> reviewed = new ArrayList<>();
    for (Event e : events) {
      double confidence = 1.0;
      String view = vote.map(v -> "typer votes " + v.label() + " (share " + round(v.share()) + ", nearest " + round(v.topSimilarity()) + ")")
          .orElse("");
      if (vote.isPresent() && !vote.get().label().equals(e.code().root()) && vote.get().share() >= thresholds.disagreeShare()) {
        confidence = 1 - vote.get().share();
      }
      Event out = e.withEvidence(e.evidence().withTyping(confidence, view + "; " + nearest(typing)));
      reviewed.add(refineType(out, typing));
    }
    return reviewed;
  }

  private Event refineType(Event e, Typing typing) {
    ConflictType rules = e.conflictType();
    Optional<Typing.Neighbour> nearest = typing.nearestSubEvent();
    boolean keepSpecific = !Boolean.getBoolean("dyad.typer.overrideSpecific");
    if (rules.isEmpty() || (keepSpecific && !GENERIC.contains(rules.subEventType())) || nearest.isEmpty()
        || nearest.get().similarity() < thresholds.subEventSimilarity()) {
      return e;
    }
    String sub = nearest.get().exemplar().label();
    String type = conflictTypes.eventTypeOf(sub);
    return compatible(e.code().root(), type) ? e.withConflictType(new ConflictType(type, sub)) : e;
  }

  /** Only a type the CAMEO root can be: a protest is no air strike. */
  private static boolean compatible(String root, String eventType) {
    return switch (root) {
      case "14" -> eventType.equals("Protests") || eventType.equals("Riots");
      case "18", "19", "20" -> eventType.equals("Battles") || eventType.equals("Explosions/Remote violence")
          || eventType.equals("Violence against civilians");
      case "17" -> eventType.equals("Strategic developments") || eventType.equals("Violence against civilians");
      default -> false;
    };
  }

  /**
   * Where no rule fired: a trigger at the sentence's main verb with the code the typer votes for,
   * when the vote is confident; empty otherwise (and why, for --explain).
   */
  Gap gap(DependencyTree tree, Typing typing) {
    Optional<Typing.Vote> vote = typing.rootVote(thresholds.k());
    if (vote.isEmpty() || vote.get().label().equals(Exemplar.NO_EVENT)) {
      return new Gap(null, "typer: no event" + vote.map(v -> " (share " + round(v.share()) + ")").orElse(""));
    }
    Typing.Vote v = vote.get();
    if (v.share() < thresholds.minShare() || v.topSimilarity() < thresholds.minSimilarity()) {
      return new Gap(null, "typer: not confident (root " + v.label() + ", share " + round(v.share()) + ", nearest " + round(v.topSimilarity()) + ")");
    }
    int verb = mainVerb(tree);
    if (verb < 0) {
      return new Gap(null, "typer: root " + v.label() + " but no verb to anchor it");
    }
    EventCode code = typing.cameo().stream().limit(thresholds.k())
        .map(n -> n.exemplar().label()).filter(l -> l.startsWith(v.label()))
        .map(ontology::find).flatMap(Optional::stream).findFirst().orElse(null);
    if (code == null) {
      return new Gap(null, "typer: root " + v.label() + " has no code among the nearest exemplars");
    }
    String where = "model (" + typer.describe() + "; vote " + v.label() + " share " + round(v.share()) + ", nearest "
        + round(v.topSimilarity()) + "; " + nearest(typing) + ")";
    LexiconEntry entry = new LexiconEntry(false, tree.lemma(verb), "", code, Conditions.NONE, null, where);
    return new Gap(new Trigger(verb, entry), "");
  }

  /** A trigger the typer made, or why none. */
  record Gap(Trigger trigger, String why) {}

  /** The sentence's main verb; under a reporting verb ("officials said Russia shelled …"), the reported one. */
  private static int mainVerb(DependencyTree tree) {
    for (int i = 0; i < tree.size(); i++) {
      if (tree.head(i) < 0 && tree.token(i).isVerb()) {
        if (ModalityAnalyzer.REPORTING.contains(tree.lemma(i))) {
          for (int c : tree.children(i, "ccomp")) {
            if (tree.token(c).isVerb()) {
              return c;
            }
          }
        }
        return i;
      }
    }
    for (int i = 0; i < tree.size(); i++) {
      if (tree.token(i).isVerb() && !tree.is(i, "aux")) {
        return i;
      }
    }
    return -1;
  }

  private static String nearest(Typing typing) {
    List<String> three = new ArrayList<>();
    for (Typing.Neighbour n : typing.cameo().subList(0, Math.min(3, typing.cameo().size()))) {
      three.add(n.exemplar().id() + " " + n.exemplar().label() + " " + round(n.similarity()));
    }
    return "nearest: " + String.join(" | ", three);
  }

  private static String round(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }
}
