package org.dyad.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.dyad.model.EventTime;

/**
 * The time expressions of one sentence and the act each one dates. "Russian forces, which seized
 * the plant in March 2022, shelled Nikopol on Wednesday": "in March 2022" dates the seizure of its
 * relative clause, "on Wednesday" the shelling. A reported act takes, in this order, an expression
 * of its own (hanging on its word), one below it in its clause ("killed 30 in an attack on Saturday"), one of the
 * nearest clause above it ("…, killing one man" takes the shelling's day), one anywhere outside a
 * relative clause that dates no other act, else the article's day. A planned act ("will meet on Monday") takes only its own
 * or those below it, read forward (the coming Monday); the announcement of a planned act takes only
 * those above it.
 */
final class SentenceTimes {
  /**
   * One expression: its time read backwards from the story (a reported act), read forwards (a
   * planned act; the same unless it names a weekday), its tokens (inclusive) and its kind (explicit
   * dates first, years last).
   */
  record Dated(EventTime time, EventTime ahead, int from, int to, int rank) {
    Dated(EventTime time, int from, int to, int rank) {
      this(time, time, from, to, rank);
    }
  }

  private static final Comparator<Dated> BEST = Comparator.comparingInt(Dated::rank).thenComparingInt(Dated::from);

  private final List<Dated> found;
  private final LocalDate published;

  SentenceTimes(List<Dated> found, LocalDate published) {
    this.found = List.copyOf(found);
    this.published = published;
  }

  /** The sentence's best expression wherever it stands (explicit dates before weekdays before relative words before years). */
  EventTime first() {
    return best(d -> true).map(Dated::time).orElse(EventTime.ofArticle(published));
  }

  /** When the reported act at token {@code act} happened; {@code acts} are the tokens of all the sentence's triggers. */
  EventTime of(DependencyTree tree, int act, Collection<Integer> acts) {
    if (found.isEmpty()) {
      return EventTime.ofArticle(published);
    }
    return own(tree, act, acts)
        .or(() -> above(tree, act, acts))
        .or(() -> best(d -> free(tree, governor(tree, d), act, acts)))
        .map(Dated::time).orElse(EventTime.ofArticle(published));
  }

  /** When the planned act at token {@code act} is to happen: its own expression read forwards, else the article's day. */
  EventTime planned(DependencyTree tree, int act, Collection<Integer> acts) {
    return own(tree, act, acts).map(Dated::ahead).orElse(EventTime.ofArticle(published));
  }

  /**
   * When a planned act was announced: an expression of a clause above it ("said on Monday"), else
   * the article's day. A planned act told by a noun is above the verb that carries it ("will begin
   * a strike on Wednesday": Wednesday is the strike's, not its announcement's).
   */
  EventTime announced(DependencyTree tree, int act, Collection<Integer> acts) {
    int clause = act;
    while (tree.token(clause).isNoun() && tree.head(clause) >= 0) {
      clause = tree.head(clause);
    }
    return above(tree, clause, acts).map(Dated::time).orElse(EventTime.ofArticle(published));
  }

  /**
   * An expression of the act's clause, else of a verb coordinated with it ("imposed a curfew and
   * shut down the internet on Friday night").
   */
  private Optional<Dated> own(DependencyTree tree, int act, Collection<Integer> acts) {
    Optional<Dated> mine = at(tree, act, acts);
    if (mine.isPresent() || !tree.token(act).isVerb()) {
      return mine;
    }
    int first = tree.is(act, "conj") ? tree.head(act) : act;
    List<Integer> conjuncts = new ArrayList<>(tree.children(first, "conj"));
    conjuncts.add(first);
    return conjuncts.stream().filter(c -> c != act && tree.token(c).isVerb())
        .map(c -> at(tree, c, acts)).flatMap(Optional::stream).min(BEST);
  }

  /** The expression of the nearest clause above the act that has one. */
  private Optional<Dated> above(DependencyTree tree, int act, Collection<Integer> acts) {
    for (int node = anchor(tree, tree.head(act), acts), steps = 0; node >= 0 && steps <= tree.size();
        node = anchor(tree, tree.head(node), acts), steps++) {
      Optional<Dated> there = at(tree, node, acts);
      if (there.isPresent()) {
        return there;
      }
    }
    return Optional.empty();
  }

  /** An expression hanging on token {@code node}, else one below it in its clause ("killed 30 in an attack on Saturday"). */
  private Optional<Dated> at(DependencyTree tree, int node, Collection<Integer> acts) {
    return best(d -> anchor(tree, governor(tree, d), acts) == node)
        .or(() -> best(d -> inClauseOf(tree, governor(tree, d), node)));
  }

  /** Whether token i stands below the act with no clause between them. */
  private static boolean inClauseOf(DependencyTree tree, int i, int act) {
    for (int h = i, steps = 0; h >= 0 && steps <= tree.size(); h = tree.head(h), steps++) {
      if (h == act) {
        return true;
      }
      if (headsClause(tree, h)) {
        return false;
      }
    }
    return false;
  }

  private Optional<Dated> best(Predicate<Dated> which) {
    return found.stream().filter(which).min(BEST);
  }

  /** The token an expression hangs on: the head of its head word (the word whose head lies outside it). */
  private static int governor(DependencyTree tree, Dated d) {
    for (int k = d.from(); k <= d.to(); k++) {
      int h = tree.head(k);
      if (h < d.from() || h > d.to()) {
        return h;
      }
    }
    return -1;
  }

  /** The first token from i upwards that is an act or heads a clause; -1 above the root. */
  private static int anchor(DependencyTree tree, int i, Collection<Integer> acts) {
    for (int h = i, steps = 0; h >= 0 && steps <= tree.size(); h = tree.head(h), steps++) {
      if (acts.contains(h) || headsClause(tree, h)) {
        return h;
      }
    }
    return -1;
  }

  private static boolean headsClause(DependencyTree tree, int i) {
    return tree.head(i) < 0 || tree.is(i, "ccomp") || tree.is(i, "xcomp") || tree.is(i, "advcl") || tree.is(i, "acl")
        || tree.is(i, "parataxis") || tree.is(i, "csubj") || tree.is(i, "conj") && tree.token(i).isVerb();
  }

  /**
   * Whether an expression hanging on token i may date any act of the sentence: it stands in no
   * relative clause and dates no other act, unless that act is a participle modifying a noun
   * ("protesters demanding his release on Friday", which the parser often attaches there).
   */
  private static boolean free(DependencyTree tree, int i, int act, Collection<Integer> acts) {
    int anchor = anchor(tree, i, acts);
    if (anchor >= 0 && tree.is(anchor, "acl") && acts.contains(tree.head(anchor))) {
      anchor = tree.head(anchor); // "announced a strike starting on Monday": the strike's day, not the announcement's
    }
    boolean other = anchor >= 0 && anchor != act && acts.contains(anchor) && !tree.is(anchor, "acl");
    return !other && outsideRelativeClauses(tree, i, act);
  }

  /**
   * Whether token i stands in no relative clause that leaves the act outside ("Russian forces, which
   * seized … in March 2022, …"); a clause of what the act's people were doing as it happened ("women
   * who were collecting firewood … on Wednesday") shares its time.
   */
  private static boolean outsideRelativeClauses(DependencyTree tree, int i, int act) {
    for (int h = i, steps = 0; h >= 0 && steps <= tree.size(); h = tree.head(h), steps++) {
      boolean meanwhile = tree.token(h).pos().equals("VBG") && tree.children(h, "aux").stream().anyMatch(a -> tree.lemma(a).equals("be"));
      if (tree.is(h, "acl:relcl") && !tree.dominates(h, act) && !meanwhile) {
        return false;
      }
    }
    return true;
  }
}
