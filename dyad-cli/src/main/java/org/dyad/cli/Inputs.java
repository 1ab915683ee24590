package org.dyad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.dyad.ingest.SourceFormat;
import org.dyad.ingest.TextFiles;
import org.dyad.ingest.WebSource;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * Reads the articles named on a command line: text, HTML, feed and JSONL files (by extension), the
 * files of directories, feeds and pages by http(s) URL, or standard input as text; {@code
 * --input-format} names the format of standard input, and overrides the others'. Bad inputs are reported one line each on the error
 * stream and skipped, so the others are still coded; {@link #failures()} counts them for the exit
 * code.
 */
final class Inputs {
  private final TextFiles files;
  /** Made on the first URL: the JDK's HTTP client sets up TLS, a few hundred ms of a run that reads files alone. */
  private final Supplier<WebSource> webSource;
  private WebSource web;
  private final LocalDate date;
  private final SourceFormat format;
  private final InputStream stdin;
  private final PrintWriter err;
  private int failures;

  /** {@code format}: the format of every input, or null for standard input as text and files by extension. */
  Inputs(TextFiles files, Supplier<WebSource> web, LocalDate date, SourceFormat format, InputStream stdin, PrintWriter err) {
    this.files = files;
    this.webSource = web;
    this.date = date;
    this.format = format;
    this.stdin = stdin;
    this.err = err;
  }

  List<Article> read(List<String> names) {
    List<Article> articles = new ArrayList<>();
    for (String name : names) {
      try {
        if (name.equals("-")) {
          List<String> problems = new ArrayList<>();
          articles.addAll(files.readArticles("stdin", stdin, format == null ? SourceFormat.TEXT : format, date, problems));
          problems.forEach(p -> fail(new DyadInputException(p)));
          continue;
        }
        if (WebSource.isUrl(name)) {
          List<String> problems = new ArrayList<>();
          if (web == null) {
            web = webSource.get();
          }
          articles.addAll(web.read(name, format, date, problems));
          problems.forEach(p -> fail(new DyadInputException(p)));
          continue;
        }
        for (Path file : files.expand(Path.of(name))) {
          try {
            List<String> problems = new ArrayList<>();
            articles.addAll(format == null ? files.readArticles(file, date, problems) : files.readArticles(file, format, date, problems));
            problems.forEach(p -> fail(new DyadInputException(p)));
          } catch (DyadInputException e) {
            fail(e);
          }
        }
      } catch (DyadInputException e) {
        fail(e);
      }
    }
    return articles;
  }

  /**
   * Whether {@code out} is one of the files the inputs name (a directory standing for its files),
   * compared as real paths, so {@code code a.txt --out ./a.txt} or a link to it are caught too.
   */
  static boolean isAmong(Path out, List<String> names) throws IOException {
    if (!Files.exists(out)) {
      return false;
    }
    for (String name : names) {
      if (name.equals("-") || WebSource.isUrl(name)) {
        continue;
      }
      Path input = Path.of(name);
      if (Files.isDirectory(input)) {
        try (Stream<Path> walk = Files.walk(input)) {
          for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
            if (Files.isSameFile(file, out)) {
              return true;
            }
          }
        }
      } else if (Files.exists(input) && Files.isSameFile(input, out)) {
        return true;
      }
    }
    return false;
  }

  private void fail(DyadInputException e) {
    failures++;
    err.println("dyad: " + e.getMessage());
    err.flush();
  }

  int failures() {
    return failures;
  }
}
