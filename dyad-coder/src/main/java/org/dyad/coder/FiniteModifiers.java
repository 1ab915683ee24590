package org.dyad.coder;

import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Repairs a finite verb parsed as a modifier inside a noun phrase: "police baton-charged
 * protesters", "Police Tear-Gas Protesters" are parsed as one phrase "protesters" with "police"
 * a compound and the verb an adjective. A past or present-tense verb ({@link TagRepairs} tags a
 * hyphenated lexicon verb so) hung as {@code amod} on a noun that has a compound before the verb
 * is that verb's clause: the compound its subject, the noun its object, the verb in the noun's
 * place. Only relations change, and the repaired parse is the one the trace shows.
 */
final class FiniteModifiers {
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  private FiniteModifiers() {}

  /** The sentence with a finite verb read as a modifier made the verb of its phrase, or the sentence itself. */
  static Sentence repair(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<Dependency> deps = sentence.dependencies();
    for (Dependency d : deps) {
      int verb = d.dependent();
      int object = d.head();
      if (!d.relation().equals("amod") || !FINITE.contains(tokens.get(verb).pos()) || object < verb) {
        continue;
      }
      int subject = deps.stream().filter(e -> e.head() == object && e.relation().equals("compound") && e.dependent() < verb)
          .mapToInt(Dependency::dependent).min().orElse(-1);
      if (subject < 0) {
        continue;
      }
      Dependency attachment = deps.stream().filter(e -> e.dependent() == object).findFirst().orElseThrow();
      return Rehanging.rehung(sentence, java.util.Map.of(verb, new Dependency(attachment.head(), verb, attachment.relation()),
          object, new Dependency(verb, object, "obj"), subject, new Dependency(verb, subject, "nsubj")));
    }
    return sentence;
  }
}
