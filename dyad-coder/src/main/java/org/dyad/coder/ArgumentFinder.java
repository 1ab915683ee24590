package org.dyad.coder;

import java.util.List;
import java.util.Optional;
import org.dyad.coder.dictionary.Facilities;
import org.dyad.model.ActorMention;

/**
 * Finds the source and target actors of an event word in its dependency tree.
 *
 * <p>Verbs: the subject is the source and the object (or a phrase with a target preposition) the
 * target; in the passive, "by X" is the source and the subject the target; an infinitive takes
 * the subject of the verb that governs it ("Trump's team is exploring … to mediate"). Nouns: the
 * possessor or "by X" is the source ("Russia's assaults"), a phrase with "on", "against" … the
 * target. Verbal acts (appeals, criticism, threats) may find their target in the reported clause
 * ("Putin warns … NATO's involvement"). When the tree gives nothing, the nearest actor in the
 * sentence's word order is taken, and the rule says so ({@code target.linear}): parsers often
 * mis-attach headlines and long modifier chains.
 *
 * <p>Coordinations give several actors ("between Ukraine and Russia" → two targets). One instance
 * per sentence.
 *
 * <p>This class is the entry point; the rules live in small classes, each with one job: {@link
 * SourceRules}, {@link TargetRules} (which tries {@link ObjectTargets}, {@link ObliqueTargets},
 * {@link TakingTargets}, {@link FacilityTargets}, {@link OwnCountryTargets}, {@link ClauseTargets}
 * and {@link WeaponRules} in a fixed order), on top of {@link PhraseActors} (the actors of a
 * phrase), {@link PlacePhrases}, {@link MentionFilters}, {@link ActKinds} and {@link ArgumentWords}.
 */
final class ArgumentFinder {
  private final SourceRules sources;
  private final TargetRules targets;
  private final ClauseTargets clauseTargets;
  private final FacilityTargets facilityTargets;
  private final ActorResolver resolver;

  ArgumentFinder(DependencyTree tree, ActorResolver resolver, DiscourseMemory memory, Facilities facilities, String datelineCountry) {
    this.resolver = resolver;
    List<ActorMention> mentions = resolver.mentions();
    PhraseActors phraseActors = new PhraseActors(tree, resolver, memory, mentions);
    PlacePhrases places = new PlacePhrases(tree, resolver);
    MentionFilters filters = new MentionFilters(tree);
    WeaponRules weapons = new WeaponRules(tree, resolver, phraseActors, places, filters, mentions);
    this.sources = new SourceRules(tree, resolver, phraseActors, weapons, mentions);
    this.clauseTargets = new ClauseTargets(tree, resolver, phraseActors, filters, mentions);
    this.facilityTargets = new FacilityTargets(tree, phraseActors, places, weapons, facilities, datelineCountry);
    this.targets = new TargetRules(tree, resolver, phraseActors, weapons, new ObjectTargets(tree, resolver, phraseActors, weapons, places),
        new ObliqueTargets(tree, phraseActors), new TakingTargets(tree, resolver, phraseActors, places),
        new OwnCountryTargets(tree, resolver, places), facilityTargets, clauseTargets);
  }

  /** The source of the event word, read through the modality's governor ("denied attacking"); see {@link SourceRules}. */
  Argument source(Trigger trigger, ModalityReading modality) {
    return sources.source(trigger, modality);
  }

  /** The target of the event word given its source; see {@link TargetRules}. */
  Argument target(Trigger trigger, Argument source) {
    return targets.target(trigger, source);
  }

  /** See {@link SourceRules#chargeOf}: the verb of charging whose alleged act the trigger is, or -1. */
  int chargeOf(Trigger trigger) {
    return sources.chargeOf(trigger.token());
  }

  /** See {@link FacilityTargets#protestSite}. */
  Optional<String> protestSite(Trigger trigger) {
    return facilityTargets.protestSite(trigger.token());
  }

  /** See {@link SourceRules#protestingPeople}. */
  Argument protestingPeople(Argument source) {
    return sources.protestingPeople(source);
  }

  /** See {@link SourceRules#agentlessSource}: {@code null} when the verb is not an agentless passive. */
  Argument agentlessSource(Trigger trigger) {
    return sources.agentlessSource(trigger);
  }

  /** See {@link ClauseTargets#protestAim}. */
  Argument protestAim(Trigger trigger, Argument source) {
    return clauseTargets.protestAim(trigger, source);
  }

  /** The actor the phrase headed by h names, if any. */
  Optional<ActorMention> actorAt(int h) {
    return resolver.actorAt(h);
  }
}
