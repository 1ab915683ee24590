package org.dyad.coder.dictionary;

import java.io.IOException;
import org.dyad.ontology.CameoOntology;

/**
 * Everything the coder knows, loaded once from one source and shared by all threads.
 *
 * @param ontology the CAMEO codes
 * @param actors the actor names
 * @param verbs the event words
 */
public record Dictionaries(CameoOntology ontology, ActorDictionary actors, VerbLexicon verbs) {

  /** Loads the dictionaries of a source, failing at the first bad line. */
  public static Dictionaries load(DictionarySource source) throws IOException {
    return load(source, Problems.strict());
  }

  /** Loads the dictionaries of a source, sending bad lines to {@code problems}. */
  public static Dictionaries load(DictionarySource source, Problems problems) throws IOException {
    CameoOntology ontology = CameoOntology.load();
    return new Dictionaries(
        ontology, ActorDictionary.load(source, problems), VerbLexicon.load(source, ontology, problems));
  }

  /** The dictionaries shipped with Dyad. */
  public static Dictionaries builtIn() throws IOException {
    return load(new BuiltInDictionaries());
  }
}
