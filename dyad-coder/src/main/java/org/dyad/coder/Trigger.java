package org.dyad.coder;

import org.dyad.coder.dictionary.LexiconEntry;

/** A word of a sentence that the lexicon says may report an event, with the entry that matched. */
record Trigger(int token, LexiconEntry entry) {}
