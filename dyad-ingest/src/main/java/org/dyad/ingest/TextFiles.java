package org.dyad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * Reads plain-text articles from files, directories and standard input, refusing bad input with a
 * one-line reason: missing, empty, binary, not UTF-8, or larger than the size limit. The limit is
 * one article's: a JSONL corpus is read line by line at any size, each line bounded. A directory
 * stands for its regular files, recursively, in name order, hidden files skipped.
 *
 * <p>The first line of a file is its title when more lines follow. Plain text carries no date;
 * the caller passes a default one (the CLI's {@code --date}).
 */
public final class TextFiles {
  /** The default limit on one article's size: longer files are not news articles. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  private final long maxBytes;

  public TextFiles(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** The files a command-line input stands for: itself, or a directory's files. */
  public List<Path> expand(Path input) throws DyadInputException {
    if (!Files.exists(input)) {
      throw new DyadInputException(input + ": no such file or directory");
    }
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> walk = Files.walk(input)) {
      List<Path> files = new ArrayList<>();
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
      if (files.isEmpty()) {
        throw new DyadInputException(input + ": directory holds no files");
      }
      return files;
    } catch (IOException e) {
      throw new DyadInputException(input + ": cannot list directory: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a file as the articles its format holds (see {@link SourceFormat}); bad parts of a file
   * that is otherwise readable (a broken JSONL line) go to {@code problems}.
   */
  public List<Article> readArticles(Path file, LocalDate date, List<String> problems) throws DyadInputException {
    return readArticles(file, SourceFormat.of(file), date, problems);
  }

  /**
   * Reads a file in the given format, whatever its extension. JSONL is read line by line, so the
   * size limit bounds each line (one article), not the file; the other formats are one document,
   * bounded as a whole.
   */
  public List<Article> readArticles(Path file, SourceFormat format, LocalDate date, List<String> problems)
      throws DyadInputException {
    if (format != SourceFormat.JSONL) {
      return format.parse(file.toString(), readText(file), date, problems);
    }
    return fromFile(file, in -> JsonlReader.read(file.toString(), in, maxBytes, date, problems));
  }

  /**
   * Reads a stream (standard input) in the given format: JSONL line by line at any length, each
   * line bounded; the other formats up to the size limit.
   */
  public List<Article> readArticles(String name, InputStream in, SourceFormat format, LocalDate date, List<String> problems)
      throws DyadInputException {
    if (format == SourceFormat.JSONL) {
      try {
        return JsonlReader.read(name, in, maxBytes, date, problems);
      } catch (DyadInputException e) {
        throw e;
      } catch (IOException e) {
        throw new DyadInputException(name + ": cannot read: " + e.getMessage(), e);
      }
    }
    return format.parse(name, text(name, bounded(name, in)), date, problems);
  }

  /** Reads one file as an article whose id is the path as given. */
  public Article read(Path file, LocalDate date) throws DyadInputException {
    String text = readText(file);
    return new Article(file.toString(), file.toString(), title(text), date, text);
  }

  /** A file's text, checked: it exists, is not too large, not binary, valid UTF-8 and not empty. */
  public String readText(Path file) throws DyadInputException {
    String name = file.toString();
    return fromFile(file, in -> {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new DyadInputException(
            String.format(Locale.ROOT, "%s: file is %.1f MB, larger than the %.1f MB limit for one article",
                name, size / 1048576.0, maxBytes / 1048576.0));
      }
      return text(name, in.readAllBytes());
    });
  }

  /** What is read from an open file. */
  @FunctionalInterface
  private interface FileRead<T> {
    T from(InputStream in) throws IOException;
  }

  /** Opens a file and reads it, each failure one message naming the file: a directory, no such file, unreadable. */
  private static <T> T fromFile(Path file, FileRead<T> read) throws DyadInputException {
    String name = file.toString();
    try {
      if (Files.isDirectory(file)) {
        throw new DyadInputException(name + ": is a directory");
      }
      try (InputStream in = Files.newInputStream(file)) {
        return read.from(in);
      }
    } catch (NoSuchFileException e) {
      throw new DyadInputException(name + ": no such file");
    } catch (DyadInputException e) {
      throw e;
    } catch (IOException e) {
      throw new DyadInputException(name + ": cannot read: " + e.getMessage(), e);
    }
  }


  /** Reads an article from a stream (standard input), up to the size limit. */
  public Article read(String name, InputStream in, LocalDate date) throws DyadInputException {
    return article(name, name, bounded(name, in), date);
  }

  private byte[] bounded(String name, InputStream in) throws DyadInputException {
    byte[] bytes;
    try {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException e) {
      throw new DyadInputException(name + ": cannot read: " + e.getMessage(), e);
    }
    if (bytes.length > maxBytes) {
      throw new DyadInputException(name + ": input is larger than the limit of " + maxBytes + " bytes");
    }
    return bytes;
  }

  private static Article article(String id, String source, byte[] bytes, LocalDate date)
      throws DyadInputException {
    String text = text(source, bytes);
    return new Article(id, source, title(text), date, text);
  }

  /**
   * Bytes as an article's text, checked as a file's are: no NUL byte, valid UTF-8 (a leading byte
   * order mark dropped), not blank; {@code source} names the input in the error.
   */
  public static String text(String source, byte[] bytes) throws DyadInputException {
    return text(source, bytes, StandardCharsets.UTF_8);
  }

  /**
   * Bytes in a declared charset (an HTTP body's {@code Content-Type: …; charset=ISO-8859-1}) as an
   * article's text, checked as {@link #text(String, byte[])} checks UTF-8: no NUL byte, no malformed
   * or unmappable byte, a leading byte order mark dropped, not blank.
   */
  public static String text(String source, byte[] bytes, java.nio.charset.Charset charset) throws DyadInputException {
    boolean wide = charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    for (int i = 0; i < bytes.length && !wide; i++) {
      if (bytes[i] == 0) {
        throw new DyadInputException(source + ": binary file (NUL byte at offset " + i + "), not text");
      }
    }
    String text = decode(source, bytes, charset);
    if (wide && text.indexOf('\0') >= 0) {
      throw new DyadInputException(source + ": binary file (NUL character at " + text.indexOf('\0') + "), not text");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw new DyadInputException(source + ": file is empty");
    }
    return text;
  }

  private static String decode(String source, byte[] bytes, java.nio.charset.Charset charset) throws DyadInputException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    try {
      return decoder.decode(buffer).toString();
    } catch (MalformedInputException e) {
      throw new DyadInputException(source + ": not valid " + name(charset) + " (malformed byte at offset " + buffer.position() + ")");
    } catch (CharacterCodingException e) {
      throw new DyadInputException(source + ": not valid " + name(charset) + ": " + e.getMessage());
    }
  }

  private static String name(java.nio.charset.Charset charset) {
    return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
  }

  static String title(String text) {
    String trimmed = text.strip();
    int newline = trimmed.indexOf('\n');
    return newline > 0 && newline <= 300 ? trimmed.substring(0, newline).strip() : "";
  }
}
