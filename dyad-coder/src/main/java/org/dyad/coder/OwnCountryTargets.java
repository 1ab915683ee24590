package org.dyad.coder;

import static org.dyad.coder.ArgumentWords.HOME_GROUPS;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * Target rules for acts aimed at no one named that fall on a country: a curfew, state of emergency
 * or restriction of freedoms imposed where it holds (1721, 1723, 1724), and arms an armed group
 * gives up before its own state (0873). One instance per sentence.
 */
final class OwnCountryTargets {
  /** The state's sectors that restrict political freedoms: a country itself, its government, legislature, courts, police, army. */
  private static final Set<String> STATE_RESTRICTORS = Set.of("", "GOV", "LEG", "JUD", "COP", "MIL");
  /** CAMEO's demobilization of armed forces (0873). */
  private static final String DEMOBILIZATION = "0873";

  private final DependencyTree tree;
  private final ActorResolver resolver;
  private final PlacePhrases places;

  OwnCountryTargets(DependencyTree tree, ActorResolver resolver, PlacePhrases places) {
    this.tree = tree;
    this.resolver = resolver;
    this.places = places;
  }

  /**
   * "declared martial law", "imposed a curfew in Jayapura": a curfew or a state of emergency
   * (1723, 1724), or a state's restriction of political freedoms (1721) aimed at no one named, is
   * imposed on the country where it holds, which is the source's own unless a place says otherwise.
   */
  Argument emergencyRule(Trigger trigger, Argument source) {
    String code = trigger.entry().code().code();
    // (and a state's restriction of political freedoms aimed at no one named: "the city council banned street protests",
    // "the government blocked 26 social media platforms")
    boolean freedoms = code.equals("1721") && source.actors().stream().allMatch(a -> STATE_RESTRICTORS.contains(a.actor().agent()));
    if (!code.equals("1723") && !code.equals("1724") && !freedoms) {
      return Argument.NONE;
    }
    int restriction = tree.child(trigger.token(), "obj"); // "imposed a curfew in the town of Kidal"
    Optional<PlacePhrases.Located> where = places.locative(trigger.token()).or(() -> restriction >= 0 ? places.locative(restriction) : Optional.empty());
    if (where.isPresent()) {
      return new Argument(List.of(where.get().mention()), "target.imposed-on-place", where.get().place());
    }
    if (source.actors().size() != 1 || source.actors().get(0).actor().country().length() != 3) {
      return Argument.NONE;
    }
    ActorMention s = source.actors().get(0);
    String country = s.actor().country();
    return new Argument(List.of(new ActorMention(Actor.of(country, "", resolver.countryName(country)), s.text(), s.span(),
        org.dyad.model.CountrySource.OTHER_ACTOR)), "target.imposed-on-own-country");
  }

  /**
   * "Forty PKK fighters burned their weapons": an armed group that gives up its arms (0873) before no
   * one named yields to the state of its own country, which it fought.
   */
  Argument ownState(Trigger trigger, Argument source) {
    // (only arms given up: "burned their weapons"; "before they demobilize" tells no act)
    if (!trigger.entry().code().code().equals(DEMOBILIZATION) || source.actors().size() != 1 || tree.child(trigger.token(), "obj") < 0) {
      return Argument.NONE;
    }
    ActorMention group = source.actors().get(0);
    String country = group.actor().country();
    if (!HOME_GROUPS.contains(group.actor().agent()) || country.length() != 3) {
      return Argument.NONE;
    }
    return new Argument(List.of(new ActorMention(Actor.of(country, "", resolver.countryName(country)), group.text(), group.span(),
        org.dyad.model.CountrySource.OTHER_ACTOR)), "target.own-state-of-the-group");
  }
}
