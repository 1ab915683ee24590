package org.dyad.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.TextFiles;
import org.dyad.ingest.WebSource;
import org.dyad.model.Article;
import org.dyad.model.DyadInputException;

/**
 * Reads the articles named on a command line: text, HTML, feed and JSONL files (by extension), the
 * files of directories, feeds and pages by http(s) URL, or standard input as text. Bad inputs are reported one line each on the error
 * stream and skipped, so the others are still coded; {@link #failures()} counts them for the exit
 * code.
 */
final class Inputs {
  private final TextFiles files;
  private final WebSource web;
  private final LocalDate date;
  private final InputStream stdin;
  private final PrintWriter err;
  private int failures;

  Inputs(TextFiles files, WebSource web, LocalDate date, InputStream stdin, PrintWriter err) {
    this.files = files;
    this.web = web;
    this.date = date;
    this.stdin = stdin;
    this.err = err;
  }

  List<Article> read(List<String> names) {
    List<Article> articles = new ArrayList<>();
    for (String name : names) {
      try {
        if (name.equals("-")) {
          articles.add(files.read("stdin", stdin, date));
          continue;
        }
        if (WebSource.isUrl(name)) {
          List<String> problems = new ArrayList<>();
          articles.addAll(web.read(name, date, problems));
          problems.forEach(p -> fail(new DyadInputException(p)));
          continue;
        }
        for (Path file : files.expand(Path.of(name))) {
          try {
            List<String> problems = new ArrayList<>();
            articles.addAll(files.readArticles(file, date, problems));
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

  private void fail(DyadInputException e) {
    failures++;
    err.println("dyad: " + e.getMessage());
    err.flush();
  }

  int failures() {
    return failures;
  }
}
