package org.dyad.coder.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** The dictionaries shipped in Dyad's jar, under {@code org/dyad/coder/dict/}. */
public final class BuiltInDictionaries implements DictionarySource {
  private static final String FOLDER = "/org/dyad/coder/dict/";

  @Override
  public BufferedReader open(String fileName) throws IOException {
    InputStream in = BuiltInDictionaries.class.getResourceAsStream(FOLDER + fileName);
    if (in == null) {
      throw new IOException("built-in dictionary " + fileName + " is missing from the jar");
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  @Override
  public String describe(String fileName) {
    return "dict/" + fileName;
  }
}
