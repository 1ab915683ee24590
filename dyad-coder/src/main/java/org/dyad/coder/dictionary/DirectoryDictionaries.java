package org.dyad.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Dictionaries from a directory of Dyad-format files; a file the directory lacks falls back to
 * the built-in one, so a user can override just the verbs or just the people.
 */
public final class DirectoryDictionaries implements DictionarySource {
  private final Path directory;
  private final DictionarySource fallback;

  public DirectoryDictionaries(Path directory, DictionarySource fallback) {
    this.directory = directory;
    this.fallback = fallback;
  }

  @Override
  public BufferedReader open(String fileName) throws IOException {
    Path file = directory.resolve(fileName);
    return Files.exists(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : fallback.open(fileName);
  }

  @Override
  public String describe(String fileName) {
    Path file = directory.resolve(fileName);
    return Files.exists(file) ? file.toString() : fallback.describe(fileName);
  }
}
