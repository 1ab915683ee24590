package org.dyad.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Dictionaries from a directory of Dyad-format files; a file the directory lacks falls back to
 * the built-in one, so a user can override just the verbs or just the people. A {@code .tsv} file
 * that is not one of {@link DictionaryFiles#names()} is a problem (see {@link #strayFiles()}).
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
  public List<String> strayFiles() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv"))
          .filter(f -> !DictionaryFiles.names().contains(f.getFileName().toString()))
          .sorted()
          .map(Path::toString)
          .toList();
    }
  }

  @Override
  public String describe(String fileName) {
    Path file = directory.resolve(fileName);
    return Files.exists(file) ? file.toString() : fallback.describe(fileName);
  }
}
