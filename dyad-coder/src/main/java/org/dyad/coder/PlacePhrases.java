package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.BORDERS;
import static org.dyad.coder.ArgumentWords.LIGHT_VERBS;
import static org.dyad.coder.ArgumentWords.LOCATIVE;
import static org.dyad.coder.ArgumentWords.SURROUNDINGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * Where something is, read from its phrases: the country or gazetteer place a phrase names ("in
 * Russia's Rostov region"), an act's own locative ("air strikes inside Iran"), a bare country or a
 * capital taken as its city. The rules use these for facilities, property, curfews and places
 * struck. One instance per sentence.
 */
final class PlacePhrases {
  private final DependencyTree tree;
  private final ActorResolver resolver;

  PlacePhrases(DependencyTree tree, ActorResolver resolver) {
    this.tree = tree;
    this.resolver = resolver;
  }

  /** A capital named as a place: its country, not its government ("Kyiv" → UKR, not UKRGOV). */
  static ActorMention asCity(ActorMention capital) {
    return new ActorMention(Actor.of(capital.actor().country(), "", capital.actor().name()), capital.text(), capital.span(),
        org.dyad.model.CountrySource.PLACE_TARGET);
  }

  /** A country or place that says where something is, with the place when one was named. */
  record Located(ActorMention mention, Optional<org.dyad.places.Place> place) {}

  /**
   * The country the phrase headed by h names, nearest first ("Iran's", "in Russia's Rostov
   * region", "in the town of Singu in Myanmar's Mandalay region"), else its nearest place.
   */
  Optional<Located> locatedIn(int h) {
    List<Integer> nodes = new ArrayList<>();
    List<Integer> level = new ArrayList<>(List.of(h));
    for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
      List<Integer> next = new ArrayList<>();
      for (int node : level) {
        // (an adjective's own phrase too: "a fuel depot deep inside Russia"; and what apposition or
        // parentheses add: "villages in the Jabal al-Zawiya area (Idlib)")
        for (int c : tree.children(node, "nmod:poss", "amod", "compound", "nmod", "obl", "appos", "dep")) {
          // "near the border with Burkina Faso": the other side; "from Russian troops": where it came from
          // (and a border's "with": "attacked Ouatagouna near the border with Niger" is not in Niger)
          boolean otherSide = BORDERS.contains(tree.lemma(node)) && tree.preposition(c).equals("with");
          if (!BORDERS.contains(tree.lemma(c)) && !tree.preposition(c).equals("from") && !otherSide) {
            next.add(c);
          }
        }
      }
      nodes.addAll(next);
      level = next;
    }
    for (int c : nodes) {
      Optional<Located> country = countryAt(c).filter(l -> l.place().isEmpty());
      if (country.isPresent()) {
        return country;
      }
    }
    // "the Abu Shouk camp", "Chin state": a word of a longer name is no place of its own; but a place
    // names the land around it ("the Idlib countryside", "the Kherson outskirts")
    return nodes.stream().filter(c -> !tree.is(c, "compound") || SURROUNDINGS.contains(tree.lemma(tree.head(c))))
        .map(this::countryAt).flatMap(Optional::stream).findFirst();
  }

  /** The act's own locative: "hit energy facilities in western Ukraine", "air strikes inside Iran". */
  Optional<Located> locative(int t) {
    List<Integer> heads = new ArrayList<>(List.of(t));
    if (tree.is(t, "obj") && LIGHT_VERBS.contains(tree.lemma(tree.head(t)))) {
      heads.add(tree.head(t));
    }
    if (tree.isParticipleClause(t) && tree.head(t) >= 0) {
      heads.add(tree.head(t)); // "advanced in the Donetsk region, capturing two villages"
    }
    for (int h : heads) {
      for (int c : tree.children(h, "obl", "nmod")) {
        if (LOCATIVE.contains(tree.preposition(c))) {
          Optional<Located> here = countryAt(c).or(() -> locatedIn(c));
          if (here.isPresent()) {
            return here;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A bare country ("Ukraine", "Iranian") or a gazetteer place at token c. */
  Optional<Located> countryAt(int c) {
    Optional<ActorMention> actor = resolver.actorAt(c);
    if (actor.isPresent()) {
      Actor a = actor.get().actor();
      if (resolver.isMetonym(c)) {
        // "weapons depots near Damascus": the capital as a place, not its government
        return Optional.of(new Located(asCity(actor.get()), Optional.empty()));
      }
      boolean bare = a.agent().isEmpty() && a.country().length() == 3 && !a.code().startsWith("IGO");
      return bare ? Optional.of(new Located(actor.get(), Optional.empty())) : Optional.empty();
    }
    return resolver.placeAt(c).map(p -> new Located(p.mention(), Optional.of(p.place())));
  }
}
