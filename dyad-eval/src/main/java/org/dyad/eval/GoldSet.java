package org.dyad.eval;

import java.nio.file.Path;
import java.util.List;

/**
 * A gold set read from a file: its records and, for sets that bring their own dictionaries (the
 * PETRARCH validation suite), the directory of Dyad-format dictionaries to code it with.
 *
 * @param name the file name, for reports
 * @param format the format it was read as
 * @param sentences the records
 * @param dictionaries dictionaries the set requires, or {@code null} for the built-in ones
 * @param skipped records that could not be scored, with the reason (error records, unreadable lines)
 */
public record GoldSet(String name, GoldFormat format, List<GoldSentence> sentences, Path dictionaries, List<String> skipped) {
  public GoldSet {
    sentences = List.copyOf(sentences);
    skipped = List.copyOf(skipped);
  }
}
