package org.dyad.coder;

import org.dyad.coder.dictionary.NameEntry;

/**
 * A dictionary name found in a sentence: tokens {@code [start, end)} and the entry they matched.
 */
record NameHit(int start, int end, NameEntry entry) {
  boolean covers(int token) {
    return start <= token && token < end;
  }
}
