package org.dyad.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;

/**
 * Where dictionary files come from: the set shipped inside Dyad, or a directory given with {@code
 * --dictionaries}. A source answers by file name ({@code countries.tsv}, {@code verbs.tsv}).
 *
 * <p>Design decision: the loaders read plain lines from here and never know whether they come
 * from the jar or the disk, so a user's directory can replace any file and keep the others.
 */
public interface DictionarySource {

  /** Opens the named file for reading, UTF-8. */
  BufferedReader open(String fileName) throws IOException;

  /** How the named file is shown in messages, e.g. {@code dict/verbs.tsv} or a path. */
  String describe(String fileName);

  /**
   * Files of this source that look like dictionaries ({@code *.tsv}) but are none of {@link
   * DictionaryFiles#names()}, e.g. a misspelt {@code countires.tsv}, as shown in messages; such a
   * file would be ignored, so loading reports it.
   */
  default List<String> strayFiles() throws IOException {
    return List.of();
  }
}
