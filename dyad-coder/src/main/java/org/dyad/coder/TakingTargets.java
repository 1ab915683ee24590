package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.TAKING;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.ActorMention;
import org.dyad.places.Place;

/**
 * Target rules for ground and property: territory taken from whoever held it, with the territory as
 * the event's place (192), property no actor owns belonging to the country it stands in (171x),
 * and the side a force retreated before (0874). One instance per sentence.
 */
final class TakingTargets {
  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PhraseActors phraseActors;
  private final PlacePhrases places;

  TakingTargets(DependencyTree tree, ActorResolver resolver, PhraseActors phraseActors, PlacePhrases places) {
    this.tree = tree;
    this.resolver = resolver;
    this.phraseActors = phraseActors;
    this.places = places;
  }

  /**
   * "looted the national museum in Khartoum", "blew up a telecommunications mast in the town of El
   * Bur", "seized a hilltop near the Armenian village of Tegh": property or ground that no actor owns
   * belongs to the country of the place it stands in (171x, 192).
   */
  Argument propertyOwner(int t) {
    int object = tree.child(t, "obj");
    Optional<PlacePhrases.Located> where = places.locative(t).or(() -> object >= 0 ? places.locatedIn(object) : Optional.empty());
    return where.map(l -> new Argument(List.of(l.mention()), "target.owner-of-the-property", l.place())).orElse(Argument.NONE);
  }

  /**
   * "seized Hama after government forces withdrew", "soldiers withdrew from the town, and RSF
   * fighters moved in": a force retreats before the side of the clause its retreat is tied to.
   */
  Argument retreatedBefore(int t, Argument source) {
    List<Integer> clauses = new ArrayList<>(tree.children(t, "conj"));
    if (tree.is(t, "advcl") || tree.is(t, "conj")) {
      clauses.add(tree.head(t));
    }
    for (int c : clauses) {
      int subject = tree.child(c, "nsubj");
      Argument side = subject < 0 ? Argument.NONE : phraseActors.argument(subject, "target.side-retreated-before");
      List<ActorMention> others = side.actors().stream()
          .filter(a -> source.actors().stream().noneMatch(s -> s.actor().code().equals(a.actor().code()))).toList();
      if (!others.isEmpty()) {
        return new Argument(others, side.rule());
      }
    }
    return Argument.NONE;
  }

  /** "retook the village of Robotyne from Russian troops": territory is taken from whoever held it (192). */
  Argument takenFrom(Trigger trigger, Argument source) {
    if (!trigger.entry().code().code().equals(TAKING)) {
      return Argument.NONE;
    }
    List<Integer> phrases = territoryPhrases(trigger);
    for (int c : phrases) {
      if (Set.of("from", "out of").contains(tree.preposition(c))) {
        Argument a = phraseActors.argument(c, "target.taken-from");
        if (!a.isEmpty() && a.place().isEmpty()) { // ("pushed Russian forces out of two villages": a place holds nothing)
          // the territory taken is where it happened: "retook the village of Robotyne in the Zaporizhzhia region from …"
          return withTerritory(a, source, phrases, c);
        }
      }
    }
    Optional<ActorMention> held = holderAfterFrom(trigger.token());
    return held.map(a -> withTerritory(new Argument(List.of(a), "target.taken-from-after-from"), source, phrases, -1))
        .orElse(Argument.NONE);
  }

  /**
   * "retook the town of Tessit from Islamist-led rebels on Monday": parsers lose a "from" phrase whose
   * modifier is hyphenated; the actor named right after the clause's "from" (before any comma) is
   * whom the ground was taken from.
   */
  private Optional<ActorMention> holderAfterFrom(int t) {
    for (int i = t + 1; i < tree.size() && !Set.of(",", ";", ":").contains(tree.word(i)); i++) {
      if (tree.word(i).equalsIgnoreCase("from")) {
        int end = tree.token(i).span().end();
        int limit = i + 4 < tree.size() ? tree.token(i + 4).span().end() : Integer.MAX_VALUE;
        return resolver.mentions().stream()
            .filter(m -> m.span().start() > end && m.span().end() <= limit && !m.actor().agent().isEmpty())
            .findFirst();
      }
    }
    return Optional.empty();
  }

  /**
   * The phrases that may name the territory of a taking (192) or whom it was taken from: the verb's
   * object and obliques and, as parsers attach "from", the nouns below them ("retook a hilltop from
   * Azerbaijani forces", "retook the village in the Zaporizhzhia region from Russian troops").
   */
  List<Integer> territoryPhrases(Trigger trigger) {
    List<Integer> phrases = new ArrayList<>();
    for (int c : tree.children(trigger.token(), "obj", "obl")) {
      phrases.add(c);
      for (int n : tree.children(c, "nmod")) {
        phrases.add(n);
        phrases.addAll(tree.children(n, "nmod"));
      }
    }
    return phrases;
  }

  /**
   * A taking's target with the territory taken as its place, from a phrase other than {@code except};
   * never a far namesake of a town in the parties' countries ("Malian troops drove jihadists from the
   * town of Boni" is not Bonn, whose alternate names hold "Boni").
   */
  Argument withTerritory(Argument target, Argument source, List<Integer> phrases, int except) {
    Set<String> countries = new java.util.HashSet<>();
    java.util.stream.Stream.concat(target.actors().stream(), source.actors().stream()).map(a -> a.actor().country())
        .filter(c -> c.length() == 3).forEach(countries::add);
    Optional<Place> taken = phrases.stream().filter(p -> p != except).map(phraseActors::placeTarget).flatMap(Optional::stream)
        .filter(p -> countries.isEmpty() || !resolver.farNamesake(p, countries))
        .map(ActorResolver.PlaceActor::place).findFirst();
    return taken.isEmpty() ? target : new Argument(target.actors(), target.rule() + "+place", taken);
  }
}
