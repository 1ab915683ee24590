package org.dyad.coder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Navigation over a parsed sentence's basic UD tree: heads, relations, children, subtrees. Built
 * once per sentence; immutable.
 *
 * <p>Relations are matched on their base name unless the query has a subtype: {@code obl} matches
 * {@code obl:tmod}, {@code nmod:poss} matches only itself.
 */
final class DependencyTree {
  private static final java.util.Set<String> PARTICIPLE_RELATIONS = java.util.Set.of("advcl", "dep", "xcomp", "conj");

  private static final Set<String> MODALS =
      Set.of("would", "could", "should", "can", "might", "may", "must", "will", "shall", "wo", "ca");

  private final Sentence sentence;
  private final int[] heads;
  private final String[] relations;
  private final List<List<Integer>> children;

  DependencyTree(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    heads = new int[n];
    relations = new String[n];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "dep");
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (Dependency d : sentence.dependencies()) {
      heads[d.dependent()] = d.head();
      relations[d.dependent()] = d.relation();
      if (d.head() >= 0) {
        children.get(d.head()).add(d.dependent());
      }
    }
  }

  Sentence sentence() {
    return sentence;
  }

  int size() {
    return heads.length;
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  /** The lemma, lower case; proper-noun plurals tagged NNP(S) lose their "s" ("Missiles"). */
  String lemma(int i) {
    return lemmaOf(token(i));
  }

  /** {@link #lemma(int)} for a token outside a tree (the cheap stage, before parsing). */
  static String lemmaOf(Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    if (t.isProperNoun() && lemma.length() > 3 && lemma.endsWith("s") && !lemma.endsWith("ss")) {
      return lemma.endsWith("ies") ? lemma.substring(0, lemma.length() - 3) + "y" : lemma.substring(0, lemma.length() - 1);
    }
    return lemma;
  }

  String word(int i) {
    return token(i).word().toLowerCase(Locale.ROOT);
  }

  int head(int i) {
    return heads[i];
  }

  String relation(int i) {
    return relations[i];
  }

  /** "…, capturing two villages": a present participle clause hanging on the verb of its sentence. */
  boolean isParticipleClause(int i) {
    return token(i).pos().equals("VBG") && PARTICIPLE_RELATIONS.contains(relation(i)) || isCommaParticiple(i);
  }

  /**
   * "hit a school sheltering families, killing 11 people": a participle after a comma that the
   * parser hung on the noun before it, though it reports on that noun's verb.
   */
  boolean isCommaParticiple(int i) {
    int noun = head(i);
    return noun >= 0 && token(i).pos().equals("VBG") && is(i, "acl") && i > 0 && token(i - 1).word().equals(",")
        && token(noun).isNoun() && head(noun) >= 0 && token(head(noun)).isVerb();
  }

  /**
   * The subject of a verb: its nsubj, or, for a relative clause whose subject is "who", the noun the
   * clause modifies ("protesters who stormed parliament"; "which" and "that" more often stand for
   * things: "a resolution that aims to tighten sanctions"); -1 when none.
   */
  int subject(int i) {
    int s = child(i, "nsubj");
    if (s >= 0 && is(i, "acl:relcl") && RELATIVE_PRONOUNS.contains(word(s)) && head(i) >= 0) {
      return head(i);
    }
    return s;
  }

  /** Whether token i is a present participle modifying the noun it hangs on: "protesters marching towards the villa". */
  boolean isNounParticiple(int i) {
    return is(i, "acl") && token(i).pos().equals("VBG") && head(i) >= 0 && token(head(i)).isNoun();
  }

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who");

  /** The verb a participle clause reports on: its head, or the verb of the noun a comma participle hangs on. */
  int participleHead(int i) {
    return isCommaParticiple(i) ? head(head(i)) : head(i);
  }

  /** "talks mediated by Qatar", "a device planted by rebels": a past participle with its agent, modifying a noun. */
  boolean isPassiveModifier(int i) {
    return is(i, "acl") && token(i).pos().equals("VBN") && byAgent(i) >= 0;
  }

  /** Whether token i is a passive verb: it has a passive subject or auxiliary ("were detained"). */
  boolean isPassive(int i) {
    return child(i, "nsubj:pass") >= 0 || child(i, "aux:pass") >= 0;
  }

  /** The object of a verb whose particle is one of the prepositions ("called on Egypt", parsed with "on" a particle), or -1. */
  int particleObject(int verb, Set<String> prepositions) {
    int particle = child(verb, "compound:prt");
    return particle >= 0 && prepositions.contains(lemma(particle)) ? child(verb, "obj") : -1;
  }

  /**
   * The subjects of the verb's clauses marked by one of the prepositions: "called on Azerbaijan to
   * free …", parsed as a clause "on Azerbaijan to free" with Azerbaijan its subject.
   */
  List<Integer> markedClauseSubjects(int verb, Set<String> prepositions) {
    List<Integer> subjects = new ArrayList<>();
    for (int c : children(verb, "advcl")) {
      int subject = child(c, "nsubj");
      if (subject >= 0 && children(c, "mark").stream().anyMatch(m -> prepositions.contains(lemma(m)))) {
        subjects.add(subject);
      }
    }
    return subjects;
  }

  /** The first "by" phrase of token i (its agent when i is passive), or -1. */
  int byAgent(int i) {
    for (int c : children(i, "obl")) {
      if (preposition(c).equals("by")) {
        return c;
      }
    }
    return -1;
  }

  /** The token whose text ends where a span ends (the head of a name or noun phrase), or -1. */
  int tokenEndingAt(int end) {
    for (int i = 0; i < size(); i++) {
      if (token(i).span().end() == end) {
        return i;
      }
    }
    return -1;
  }

  /** Whether token i attaches to its head with the relation (base-name match, see class doc). */
  boolean is(int i, String relation) {
    return matches(relations[i], relation);
  }

  private static boolean matches(String actual, String wanted) {
    if (wanted.indexOf(':') >= 0) {
      return actual.equals(wanted);
    }
    int colon = actual.indexOf(':');
    return (colon < 0 ? actual : actual.substring(0, colon)).equals(wanted);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** Children attached with any of the relations, in sentence order. */
  List<Integer> children(int i, String... relations) {
    List<Integer> found = new ArrayList<>();
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (is(c, r)) {
          found.add(c);
          break;
        }
      }
    }
    return found;
  }

  /** The first child attached with the relation, or -1. */
  int child(int i, String relation) {
    for (int c : children.get(i)) {
      if (is(c, relation)) {
        return c;
      }
    }
    return -1;
  }

  /** Whether a child with the relation has one of the lemmas. */
  boolean hasChild(int i, String relation, Set<String> lemmas) {
    for (int c : children(i, relation)) {
      if (lemmas.contains(lemma(c))) {
        return true;
      }
    }
    return false;
  }

  /** The preposition of a phrase: the lemmas of its {@code case} children ("according to"). */
  String preposition(int i) {
    StringBuilder p = new StringBuilder();
    for (int c : children(i, "case")) {
      if (!token(c).pos().equals("POS")) {
        p.append(p.length() == 0 ? "" : " ").append(lemma(c));
        for (int f : children(c, "fixed")) {
          p.append(' ').append(lemma(f));
        }
      }
    }
    return p.toString();
  }

  /** Token i and everything below it. */
  BitSet subtree(int i) {
    BitSet set = new BitSet(size());
    collect(i, set);
    return set;
  }

  private void collect(int i, BitSet set) {
    if (set.get(i)) {
      return;
    }
    set.set(i);
    for (int c : children.get(i)) {
      collect(c, set);
    }
  }

  /** Whether a possessive pronoun owns the noun at h: "their vehicle", "its forces". */
  boolean ownedByPronoun(int h) {
    return children(h, "nmod:poss").stream().anyMatch(c -> token(c).pos().equals("PRP$"));
  }

  /** Whether a is b or below it. */
  boolean dominates(int b, int a) {
    for (int i = a, steps = 0; i >= 0 && steps <= size(); i = heads[i], steps++) {
      if (i == b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token i heads a finite clause: a verb with its own subject, auxiliary or tensed form,
   * and no infinitival "to".
   */
  boolean isFiniteClause(int i) {
    Token t = token(i);
    if (child(i, "mark") >= 0 && lemma(child(i, "mark")).equals("to")) {
      return false;
    }
    if (!children(i, "aux").isEmpty() || child(i, "nsubj") >= 0 || child(i, "nsubj:pass") >= 0) {
      return t.isVerb() || child(i, "cop") >= 0;
    }
    return Set.of("VBD", "VBZ", "VBP").contains(t.pos());
  }

  /** The modal auxiliaries of token i ("would", "could"), lower case. */
  List<String> modals(int i) {
    List<String> found = new ArrayList<>();
    for (int a : children(i, "aux")) {
      if (MODALS.contains(word(a))) {
        found.add(word(a));
      }
    }
    return found;
  }

  /** The words of tokens from..to inclusive, as written in the article. */
  String text(int from, int to) {
    return sentence.text().isEmpty()
        ? ""
        : textOf(token(from).span().start(), token(to).span().end());
  }

  private String textOf(int start, int end) {
    int base = sentence.span().start();
    return sentence.text().substring(start - base, end - base);
  }

  /** The text of token i's subtree, as written. */
  String subtreeText(int i) {
    BitSet sub = subtree(i);
    return text(sub.nextSetBit(0), sub.length() - 1);
  }

  /** The tree as {@code rel(head-i, dep-j)} lines, for --explain. */
  List<String> describe() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < size(); i++) {
      String head = heads[i] < 0 ? "ROOT" : token(heads[i]).word() + "-" + heads[i];
      lines.add(relations[i] + "(" + head + ", " + token(i).word() + "-" + i + ") " + token(i).pos());
    }
    return lines;
  }

  /**
   * The clauses that say when the word's act happened ("were killed when police opened fire"), also
   * where the parser hung them on a closing report ("…, health officials said") of the word's.
   */
  List<Integer> whenClauses(int t) {
    List<Integer> clauses = new java.util.ArrayList<>(children(t, "advcl"));
    for (int report : children(t, "parataxis")) {
      clauses.addAll(children(report, "advcl"));
    }
    return clauses.stream().filter(c -> hasChild(c, "mark", java.util.Set.of("when", "as", "after"))
        || hasChild(c, "advmod", java.util.Set.of("when"))).toList();
  }
}
