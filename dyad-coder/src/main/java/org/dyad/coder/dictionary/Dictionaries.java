package org.dyad.coder.dictionary;

import java.io.IOException;
import org.dyad.model.DyadInputException;
import org.dyad.ontology.CameoOntology;

/**
 * Everything the coder knows, loaded once from one source and shared by all threads.
 *
 * @param ontology the CAMEO codes
 * @param actors the actor names
 * @param verbs the event words
 * @param discards phrases that mark sentences or articles not to code
 * @param issues issue keywords
 * @param facilities things attacks are aimed at, and the sectors they stand for
 */
public record Dictionaries(
    CameoOntology ontology, ActorDictionary actors, VerbLexicon verbs, Discards discards, Issues issues,
    Facilities facilities) {

  /** Loads the dictionaries of a source, failing at the first bad line. */
  public static Dictionaries load(DictionarySource source) throws IOException {
    return load(source, Problems.strict());
  }

  /** Loads the dictionaries of a source, sending bad lines to {@code problems}. */
  public static Dictionaries load(DictionarySource source, Problems problems) throws IOException {
    for (String stray : source.strayFiles()) {
      problems.report(new DyadInputException(stray + ": not a dictionary file name, so it would be ignored; the names are "
          + String.join(", ", DictionaryFiles.names())));
    }
    CameoOntology ontology = CameoOntology.load();
    return new Dictionaries(
        ontology,
        ActorDictionary.load(source, problems),
        VerbLexicon.load(source, ontology, problems),
        Discards.load(source, problems),
        Issues.load(source, problems),
        Facilities.load(source, problems));
  }

  /** The dictionaries shipped with Dyad. */
  public static Dictionaries builtIn() throws IOException {
    return load(new BuiltInDictionaries());
  }
}
