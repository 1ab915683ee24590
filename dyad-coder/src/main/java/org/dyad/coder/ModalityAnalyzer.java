package org.dyad.coder;

import java.util.Set;
import org.dyad.coder.ModalityReading.Status;

/**
 * Decides whether an event word reports an event, by walking from it up the dependency tree to the
 * head of its finite clause and reading what it passes: negation ("not", "never", "has yet to",
 * "failed to"), modals ("would", "could", "might retaliate"; "may have struck" only hedges), conditionals ("if",
 * "unless", "whether"), intent governors ("plans to", "is exploring … to") and the future ("will
 * meet", coded as the intent to meet, 036, as the CAMEO manual codes announced acts), hedges
 * ("reportedly"), and, at the clause head, the reporting verb that carries it ("Reports suggest",
 * "officials said") or an "according to" phrase.
 *
 * <p>Rules follow the CAMEO manual's guidance that hypothetical and negated actions are not
 * coded and that expressed intentions take the 03/13 "intent" codes. Thread-safe.
 */
final class ModalityAnalyzer {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");
  private static final Set<String> HYPOTHETICAL = Set.of("would", "could", "should", "can", "ca", "must", "wo");
  private static final Set<String> HEDGING_MODALS = Set.of("may", "might");
  /** Future auxiliaries: "will support" announces an act, coded with its intent code (032, 036). */
  private static final Set<String> FUTURE = Set.of("will", "shall", "'ll");
  private static final Set<String> CONDITIONALS = Set.of("if", "unless", "whether");
  private static final Set<String> HEDGES =
      Set.of("reportedly", "allegedly", "apparently", "purportedly", "possibly", "probably", "supposedly", "seemingly");
  private static final Set<String> INTENT =
      Set.of(
          "plan", "intend", "propose", "offer", "seek", "want", "explore", "prepare", "consider", "agree",
          "pledge", "promise", "vow", "aim", "hope", "try", "attempt", "threaten", "expect", "wish",
          "mull", "weigh", "proposal", "intention", "bid", "effort", "readiness", "willingness", "ready",
          "willing");
  private static final Set<String> REALIZING = Set.of("decide", "order", "vote", "begin", "start", "continue", "resume", "decision");
  private static final Set<String> FAILING = Set.of("fail");
  /** "prevented the demonstration", "foiled an attack": the act the verb's object names did not happen. */
  private static final Set<String> PREVENTING = Set.of("prevent", "thwart", "foil", "avert");
  /**
   * "closed their shops to protest new levies", "poured into the streets to demand": a purpose
   * clause of protest says what a done act was, so the protest is done when that act is.
   */
  static final Set<String> PROTEST_PURPOSES = Set.of("protest", "demonstrate", "denounce", "oppose");
  /** Verbs that ask, allow or make others act: "urged supporters to protest" reports no protest. */
  private static final Set<String> DIRECTIVES = Set.of("urge", "call", "ask", "allow", "permit", "encourage", "invite", "force",
      "tell", "persuade", "need", "help", "mobilize", "mobilise", "incite", "instruct", "warn", "forbid", "ban", "prevent", "stop");
  /** "refused to release", "declined to meet": a refusal, which CAMEO codes as an act (12). */
  private static final Set<String> REFUSING = Set.of("decline", "refuse");
  /** Auxiliaries that make a negated act a refusal: "will not lift", "won't meet", "would not release". */
  private static final Set<String> REFUSING_MODALS = Set.of("will", "wo", "would", "shall");
  /** "denied attacking", "dismissed reports that it had shelled": the act is alleged, and denied. */
  private static final Set<String> DENYING = Set.of("deny", "dismiss", "refute");
  static final Set<String> REPORTING =
      Set.of(
          "say", "tell", "state", "announce", "report", "claim", "suggest", "allege", "add", "note", "confirm",
          "insist", "argue", "believe", "write", "reveal", "indicate", "show", "think", "assert", "contend");
  private static final Set<String> HEDGING_REPORTS = Set.of("suggest", "claim", "allege", "believe", "think", "indicate");
  private static final Set<String> VAGUE_SOURCES = Set.of("report", "rumor", "rumour", "speculation");
  /** Nouns whose content clause states what is claimed: "reports that …", "claims that …". */
  private static final Set<String> CLAIMS = Set.of("report", "claim", "allegation", "accusation", "rumor", "rumour", "suggestion");

  ModalityReading analyze(DependencyTree tree, int trigger) {
    boolean needsGovernor = isInfinitive(tree, trigger);
    boolean reportedDone = needsGovernor && reportedPerfect(tree, trigger);
    boolean hedged = reportedDone;
    String attribution = "";
    int governor = -1;
    boolean realizing = needsGovernor && (isProtestPurpose(tree, trigger) || reportedDone);
    String future = "";
    boolean relative = false;
    if (othersAct(tree, trigger)) {
      return new ModalityReading(Status.REALIZED, "", -1, false, "");
    }
    int node = trigger;
    int conditioned = -1;
    for (int steps = 0; steps < tree.size(); steps++) {
      String negation = relative ? "" : negation(tree, node);
      if (!negation.isEmpty()) {
        boolean refused = tree.modals(node).stream().anyMatch(REFUSING_MODALS::contains);
        return new ModalityReading(refused ? Status.REFUSED : Status.NEGATED, negation, -1, false, "");
      }
      int condition = condition(tree, node);
      for (String modal : tree.modals(node)) {
        // "may have attacked" reports a past act with doubt; "might retaliate" speculates.
        boolean perfect = tree.hasChild(node, "aux", Set.of("have"));
        if (modal.equals("would") && reportedClause(tree, node)) {
          // "Poland said it would deploy troops": the backshifted "will" of indirect speech
          future = future.isEmpty() ? "future: 'would' in reported speech on '" + tree.token(node).word() + "'" : future;
          continue;
        }
        if (condition >= 0 && (HYPOTHETICAL.contains(modal) || HEDGING_MODALS.contains(modal))) {
          // "would fire rockets if troops entered": an act on a condition. The actor's own warning or threat
          // ("warned they would block every highway if …") commits it, an intent made now; anyone else's is a
          // conditional act only ("could enter Gedo if attacks continue, diplomats said").
          String reason = "'" + tree.token(condition).word() + "' clause on '" + tree.token(node).word() + "'";
          return committed(tree, node)
              ? new ModalityReading(Status.PROMISED, reason, -1, hedged, attribution)
              : new ModalityReading(Status.CONDITIONAL, reason, -1, false, "");
        }
        if (HYPOTHETICAL.contains(modal) || (HEDGING_MODALS.contains(modal) && !perfect)) {
          return new ModalityReading(Status.HYPOTHETICAL, "'" + modal + "' on '" + tree.token(node).word() + "'", -1, false, "");
        }
        hedged |= HEDGING_MODALS.contains(modal);
        if (FUTURE.contains(modal) && future.isEmpty()) {
          future = "future: '" + modal + "' on '" + tree.token(node).word() + "'";
        }
      }
      int mark = tree.child(node, "mark");
      if (mark >= 0 && CONDITIONALS.contains(tree.lemma(mark))) {
        // "whether the party will ban the opposition remains unclear" is a question, so hypothetical; the act of
        // an if or unless clause is the condition
        return new ModalityReading(tree.lemma(mark).equals("whether") ? Status.HYPOTHETICAL : Status.CONDITIONAL, "'" + tree.token(mark).word() + "' on '" + tree.token(node).word() + "'", -1, false, "");
      }
      if (condition >= 0 && conditioned < 0) {
        conditioned = condition;
      }
      if (condition >= 0 && (!future.isEmpty() || !tree.modals(node).isEmpty())) {
        // "would free the soldiers if the army halted operations", "will resume their strike if talks fail"
        return new ModalityReading(Status.PROMISED, "'" + tree.token(condition).word() + "' clause on '" + tree.token(node).word() + "'",
            -1, hedged, attribution);
      }
      hedged |= tree.hasChild(node, "advmod", HEDGES);
      if (attribution.isEmpty()) {
        attribution = accordingTo(tree, node);
      }
      if (node != trigger && governor < 0 && !realizing) {
        String lemma = tree.lemma(node);
        if (INTENT.contains(lemma)) {
          governor = node;
        } else if (SCHEDULED.contains(lemma) && tree.children(node, "cop", "aux", "aux:pass").stream().anyMatch(b -> tree.lemma(b).equals("be"))) {
          // "is due to meet", "is set to visit", "is scheduled to sign": an act on the calendar
          future = future.isEmpty() ? "future: '" + tree.token(node).word() + " to' on '" + tree.token(trigger).word() + "'" : future;
        } else if (REALIZING.contains(lemma)) {
          realizing = true;
        } else if (REFUSING.contains(lemma)) {
          return new ModalityReading(Status.REFUSED, "'" + tree.token(node).word() + "' governs it", node, false, "");
        } else if (FAILING.contains(lemma) || (PREVENTING.contains(lemma) && tree.head(trigger) == node && tree.is(trigger, "obj"))) {
          return new ModalityReading(Status.NEGATED, "'" + tree.token(node).word() + "' governs it", -1, false, "");
        } else if (DENYING.contains(lemma)) {
          return new ModalityReading(Status.DENIED, "'" + tree.token(node).word() + "' governs it", node, false, "");
        }
      }
      int head = tree.head(node);
      if (head < 0) {
        break;
      }
      if (tree.isPassiveModifier(node) || tree.is(node, "amod")) {
        // "agreed to a truce brokered by Saudi Arabia", "striking doctors refused to return": the
        // participle reports its own, done act
        break;
      }
      if (!tree.isFiniteClause(node) || tree.token(node).isNoun()) {
        node = head;
        continue;
      }
      // "a proposal that would … allow Russia to retain territories it has occupied": a relative
      // clause (or one the parser attaches as parataxis) inside a hypothetical one is hypothetical
      // too; the governing clause's negation is not its own.
      // "reports that it had bombed", "denied Kyiv's claims that its troops had used …"
      boolean contentOfReport = (tree.is(node, "acl") || (tree.is(node, "ccomp") && tree.token(head).isNoun()))
          && CLAIMS.contains(tree.lemma(head));
      if (contentOfReport && tree.is(head, "obj") && tree.head(head) >= 0 && DISPUTING.contains(tree.lemma(tree.head(head)))) {
        // "rejected Ukrainian accusations that Russian forces had blown up the dam": the claim is denied
        int verb = tree.head(head);
        return new ModalityReading(Status.DENIED, "'" + tree.token(verb).word() + "' governs the claim", verb, false, "");
      }
      if (tree.is(node, "acl:relcl") || contentOfReport || (tree.is(node, "parataxis") && !REPORTING.contains(tree.lemma(head)))) {
        relative = true;
        node = head;
        continue;
      }
      if (tree.is(node, "ccomp") && DENYING.contains(tree.lemma(head))) {
        // "Iran denied that its forces had shot protesters": the clause is what is denied
        return new ModalityReading(Status.DENIED, "'" + tree.token(head).word() + "' governs it", head, false, "");
      }
      if ((tree.is(node, "ccomp") || tree.is(node, "parataxis")) && REPORTING.contains(tree.lemma(head))) {
        int subject = tree.child(head, "nsubj");
        if (attribution.isEmpty() && subject >= 0) {
          attribution = tree.subtreeText(subject);
        }
        hedged |=
            HEDGING_REPORTS.contains(tree.lemma(head))
                || tree.hasChild(head, "advmod", HEDGES)
                || (subject >= 0 && VAGUE_SOURCES.contains(tree.lemma(subject)));
      }
      break;
    }
    if (conditioned >= 0 && (governor >= 0 || !future.isEmpty())) {
      // "threatened to strike if the government raised fuel prices": the threat is made, the act conditional
      return new ModalityReading(Status.PROMISED, "'" + tree.token(conditioned).word() + "' clause on an announced act",
          governor, hedged, attribution);
    }
    if (governor >= 0) {
      return new ModalityReading(Status.INTENDED, "intent: '" + tree.token(governor).word() + "'", governor, hedged, attribution);
    }
    if (!future.isEmpty()) {
      return new ModalityReading(Status.FUTURE, future, -1, hedged, attribution);
    }
    if (needsGovernor && !realizing && tree.is(trigger, "root") && tree.child(trigger, "nsubj") >= 0) {
      // "EU to impose new sanctions on Russia": a headline's "to" is its "will"
      return new ModalityReading(Status.FUTURE, "future: a headline's 'to' on '" + tree.token(trigger).word() + "'", -1, hedged,
          attribution);
    }
    if (needsGovernor && !realizing) {
      return new ModalityReading(Status.UNREALIZED, "infinitive with no intent or decision above it", -1, false, "");
    }
    return new ModalityReading(Status.REALIZED, "", -1, hedged, attribution);
  }

  /**
   * "to mediate", "to target", and the bare infinitive of "help police fight gangs": an infinitive
   * reports no act by itself.
   */
  /**
   * The "if" or "unless" of a condition clause hanging on a node, or the "case" of "in case of an attack"
   * ("in the event of"), or -1.
   */
  private static int condition(DependencyTree tree, int node) {
    for (int c : tree.children(node, "advcl")) {
      for (int m : tree.children(c, "mark")) {
        if (Set.of("if", "unless").contains(tree.lemma(m))) {
          return m;
        }
      }
    }
    for (int c : tree.children(node, "obl")) {
      if (Set.of("case", "event").contains(tree.lemma(c)) && tree.preposition(c).equals("in") && !tree.children(c, "nmod", "acl").isEmpty()) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether a conditional act is its actor's commitment: the clause of a warning or threat ("warned that its
   * fighters would storm …", "might block highways …, their union warned") or the reported "would" of a speaker.
   */
  private static boolean committed(DependencyTree tree, int node) {
    int head = tree.head(node);
    if (head < 0 || !(tree.is(node, "ccomp") || tree.is(node, "parataxis"))) {
      return false;
    }
    return WARNING.contains(tree.lemma(head)) || (REPORTING.contains(tree.lemma(head)) && tree.modals(node).contains("would"));
  }

  /** Verbs of warning and threat whose clause is the speaker's own commitment. */
  private static final Set<String> WARNING = Set.of("warn", "threaten", "vow", "pledge", "promise");
  /** Adjectives and participles of the calendar: "is due to", "is set to", "is scheduled to". */
  private static final Set<String> SCHEDULED = Set.of("due", "set", "schedule", "scheduled", "slate", "slated");
  /** Verbs that deny a claim made as a noun: "rejected claims that …", "dismissed reports that …". */
  private static final Set<String> DISPUTING = Set.of("deny", "dismiss", "refute", "reject", "dispute", "contest", "rebuff");

  /** A clause a speech verb reports: "said it would", "announced that it would". */
  private static boolean reportedClause(DependencyTree tree, int node) {
    int head = tree.head(node);
    return tree.is(node, "ccomp") && head >= 0 && REPORTING.contains(tree.lemma(head));
  }

  /**
   * "The United States has not joined Israel's air strikes on Iran": an event noun that is the object of another's
   * verb and names its own actor as a possessor ("Israel's") is presupposed done; the verb's negation, modal or
   * intent is its subject's, not the possessor's. Not so when the possessor is a pronoun or the verb's own subject
   * ("Russia has not launched its offensive").
   */
  private static boolean othersAct(DependencyTree tree, int trigger) {
    int head = tree.head(trigger);
    int possessor = tree.child(trigger, "nmod:poss");
    if (head < 0 || possessor < 0 || !tree.token(trigger).isNoun() || !tree.is(trigger, "obj") || !tree.token(head).isVerb()
        || tree.token(possessor).pos().startsWith("PRP") || tree.token(possessor).pos().startsWith("W")) {
      return false;
    }
    int subject = tree.child(head, "nsubj");
    return subject >= 0 && !tree.subtreeText(subject).contains(tree.token(possessor).word());
  }

  /**
   * "soldiers are believed to have killed dozens", "is said to have seized": a perfect infinitive under
   * a verb of report or belief tells a done act, hedged by the report.
   */
  private static boolean reportedPerfect(DependencyTree tree, int trigger) {
    int head = tree.head(trigger);
    return head >= 0 && tree.hasChild(trigger, "aux", Set.of("have")) && BELIEVED.contains(tree.lemma(head));
  }

  private static final Set<String> BELIEVED = Set.of("believe", "think", "say", "report", "allege", "suspect", "understand",
      "know", "claim", "appear", "seem", "fear", "estimate");

  /** Whether the word at i is the infinitive of a purpose clause of protest: "… to protest new levies". */
  /** Whether the verb frames another act (an intent, a directive): "is preparing a march to demand". */
  static boolean frames(String lemma) {
    return INTENT.contains(lemma) || DIRECTIVES.contains(lemma) || lemma.equals("prepare");
  }

  static boolean isProtestPurpose(DependencyTree tree, int i) {
    int head = tree.head(i);
    int mark = tree.child(i, "mark");
    if (head < 0 || mark < 0 || !tree.lemma(mark).equals("to") || !PROTEST_PURPOSES.contains(tree.lemma(i)) || !tree.token(head).isVerb()
        || !tree.isFiniteClause(head)) {
      return false;
    }
    // the parser attaches a purpose clause as advcl or xcomp; "urged supporters to protest" is no purpose
    String governing = tree.lemma(head);
    return tree.is(i, "advcl") || (tree.is(i, "xcomp") && !DIRECTIVES.contains(governing) && !INTENT.contains(governing)
        && !REALIZING.contains(governing) && !REFUSING.contains(governing) && !FAILING.contains(governing) && !DENYING.contains(governing));
  }

  private static boolean isInfinitive(DependencyTree tree, int i) {
    boolean bare = tree.token(i).pos().equals("VB") && tree.is(i, "xcomp") && tree.children(i, "aux").isEmpty();
    // "called on Azerbaijan to free", which the parser may mark with "on" as well as "to"
    return tree.token(i).isVerb() && (tree.hasChild(i, "mark", Set.of("to")) || bare || isSubjunctive(tree, i));
  }

  /** "demanded that Israel release the detainees": the base form of a clause that a demand governs. */
  private static boolean isSubjunctive(DependencyTree tree, int i) {
    int head = tree.head(i);
    return tree.token(i).pos().equals("VB") && tree.is(i, "ccomp") && tree.children(i, "aux").isEmpty()
        && head >= 0 && DEMANDING.contains(tree.lemma(head));
  }

  private static final Set<String> DEMANDING = Set.of("demand", "insist", "urge", "ask", "request", "propose", "recommend",
      "require", "call");

  /** The negating words on a node, or empty: "not", "no" (on nouns), "has yet to". */
  private static String negation(DependencyTree tree, int node) {
    for (int c : tree.children(node, "advmod", "det", "neg")) {
      if (NEGATORS.contains(tree.word(c))) {
        return "'" + tree.token(c).word() + "' on '" + tree.token(node).word() + "'";
      }
      for (int cc : tree.children(c, "advmod")) {
        if (NEGATORS.contains(tree.word(cc))) {
          return "'" + tree.token(cc).word() + " " + tree.token(c).word() + "' on '" + tree.token(node).word() + "'";
        }
      }
    }
    int head = tree.head(node);
    boolean yet = tree.hasChild(node, "advmod", Set.of("yet")) || (head >= 0 && tree.hasChild(head, "advmod", Set.of("yet")));
    if (yet && isInfinitive(tree, node) && head >= 0 && Set.of("have", "be").contains(tree.lemma(head))) {
      return "'" + tree.token(head).word() + " yet to' on '" + tree.token(node).word() + "'";
    }
    return "";
  }

  private static String accordingTo(DependencyTree tree, int node) {
    for (int c : tree.children(node, "obl", "nmod")) {
      if (tree.preposition(c).equals("accord to")) {
        String text = tree.subtreeText(c);
        int to = text.indexOf(" to ");
        return to >= 0 ? text.substring(to + 4) : text;
      }
    }
    return "";
  }
}
