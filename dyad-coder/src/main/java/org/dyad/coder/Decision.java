package org.dyad.coder;

/**
 * What the coder decided about one event word of a sentence, for {@code --explain}.
 *
 * @param trigger the word as written
 * @param entry the lexicon entry that matched
 * @param verdict "coded …" or why not ("negated: 'not' on 'commented'", "no target")
 */
public record Decision(String trigger, String entry, String verdict) {}
