package org.dyad.store;

import java.util.List;

/** One page of a longer result: its items and how many there are in all. */
public record Page<T>(long total, int page, int size, List<T> items) {
  public Page {
    items = List.copyOf(items);
  }
}
