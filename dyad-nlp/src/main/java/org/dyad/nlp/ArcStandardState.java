package org.dyad.nlp;

import java.util.Arrays;

/**
 * One sentence's configuration in the arc-standard transition system (Nivre 2004) as CoreNLP's
 * neural dependency parser runs it: a stack with the root at the bottom, the rest of the sentence
 * as the buffer, and the arcs so far. Transitions are numbered as the parser's output layer
 * scores them: left arcs by label, then right arcs by label, then shift; label 0 is the root
 * relation, the only one an arc from the root may carry, and the root takes one dependent.
 *
 * <p>Words are numbered from 1, the root is 0 and -1 means none. A word's two leftmost and two
 * rightmost dependents are kept as arcs are added: in this system a new left dependent always
 * stands left of the earlier ones and a new right dependent right of them. Not thread-safe.
 */
final class ArcStandardState {
  private final int words;
  private final int labels;
  private final int[] stack;
  private int depth;
  /** The buffer's first word; the buffer is empty once it passes the last word. */
  private int next = 1;
  final int[] head;
  final int[] label;
  private final int[] left1;
  private final int[] left2;
  private final int[] right1;
  private final int[] right2;

  ArcStandardState(int words, int labels) {
    this.words = words;
    this.labels = labels;
    this.stack = new int[words + 1];
    this.stack[depth++] = 0;
    this.head = filled(words + 1);
    this.label = filled(words + 1);
    this.left1 = filled(words + 1);
    this.left2 = filled(words + 1);
    this.right1 = filled(words + 1);
    this.right2 = filled(words + 1);
  }

  boolean isTerminal() {
    return depth == 1 && next > words;
  }

  /** The {@code k}th word from the top of the stack, or -1. */
  int stack(int k) {
    return k < depth ? stack[depth - 1 - k] : -1;
  }

  /** The {@code k}th word of the buffer, or -1. */
  int buffer(int k) {
    return next + k <= words ? next + k : -1;
  }

  int leftmost(int word) {
    return word < 0 ? -1 : left1[word];
  }

  int secondLeftmost(int word) {
    return word < 0 ? -1 : left2[word];
  }

  int rightmost(int word) {
    return word < 0 ? -1 : right1[word];
  }

  int secondRightmost(int word) {
    return word < 0 ? -1 : right2[word];
  }

  /**
   * The one legal transition, or -1 when there are several: shift while the stack holds the root
   * and at most one word and the buffer is not empty; the root arc once only the root and one
   * word are left.
   */
  int onlyTransition() {
    if (depth <= 2 && next <= words) {
      return 2 * labels;
    }
    if (depth == 2) {
      return labels;
    }
    return -1;
  }

  boolean canApply(int transition) {
    boolean bufferEmpty = next > words;
    if (transition == 2 * labels) {
      return !bufferEmpty;
    }
    boolean leftArc = transition < labels;
    int relation = leftArc ? transition : transition - labels;
    int governor = leftArc ? stack(0) : stack(1);
    if (governor < 0 || governor == 0 && relation != 0) {
      return false;
    }
    return leftArc ? depth > 2 : depth > 2 || depth == 2 && bufferEmpty;
  }

  void apply(int transition) {
    if (transition == 2 * labels) {
      stack[depth++] = next++;
    } else if (transition < labels) {
      int governor = stack[depth - 1];
      int dependent = stack[depth - 2];
      attach(governor, dependent, transition);
      left2[governor] = left1[governor];
      left1[governor] = dependent;
      stack[depth - 2] = governor;
      depth--;
    } else {
      int governor = stack[depth - 2];
      int dependent = stack[depth - 1];
      attach(governor, dependent, transition - labels);
      right2[governor] = right1[governor];
      right1[governor] = dependent;
      depth--;
    }
  }

  private void attach(int governor, int dependent, int relation) {
    head[dependent] = governor;
    label[dependent] = relation;
  }

  private static int[] filled(int length) {
    int[] values = new int[length];
    Arrays.fill(values, -1);
    return values;
  }
}
