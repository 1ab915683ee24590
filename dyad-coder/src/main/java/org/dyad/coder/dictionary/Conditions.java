package org.dyad.coder.dictionary;

import java.util.Set;

/**
 * The tests a lexicon entry puts on its context, each a set of lemmas; an empty set is no test.
 *
 * @param with a word depending on the trigger has one of these lemmas
 * @param mod the trigger's noun phrase has one of these modifiers
 * @param obj the trigger's direct object has one of these lemmas
 * @param subj the trigger's subject has one of these lemmas
 * @param prep the target must come from a phrase with one of these prepositions
 */
public record Conditions(
    Set<String> with, Set<String> mod, Set<String> obj, Set<String> subj, Set<String> prep) {
  public static final Conditions NONE = new Conditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public Conditions {
    with = Set.copyOf(with);
    mod = Set.copyOf(mod);
    obj = Set.copyOf(obj);
    subj = Set.copyOf(subj);
    prep = Set.copyOf(prep);
  }
}
