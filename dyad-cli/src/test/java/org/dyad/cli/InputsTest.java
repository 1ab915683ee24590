package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.ingest.SourceFormat;
import org.dyad.ingest.TextFiles;
import org.dyad.ingest.WebSource;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a command line's inputs, without models: standard input by --input-format, and --out among the inputs. */
class InputsTest {
  private static final String JSONL = "{\"id\":\"a\",\"published\":\"2025-03-01\",\"text\":\"Iran warned Israel.\"}\n"
      + "{\"id\":\"b\",\"text\":5}\n"
      + "{\"id\":\"c\",\"text\":\"Israel struck Gaza.\"}\n";

  @TempDir Path dir;
  private final StringWriter err = new StringWriter();

  private Inputs inputs(SourceFormat format, String stdin) {
    return new Inputs(new TextFiles(TextFiles.DEFAULT_MAX_BYTES), WebSource::standard, LocalDate.of(2020, 1, 1), format,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(err, true));
  }

  @Test
  void stdin_isOneTextArticle_byDefault() {
    List<Article> articles = inputs(null, JSONL).read(List.of("-"));
    assertEquals(1, articles.size());
    assertEquals("stdin", articles.get(0).id());
  }

  @Test
  void stdin_asJsonl_isOneArticlePerLine_badLinesReported() {
    Inputs reader = inputs(SourceFormat.JSONL, JSONL);
    List<Article> articles = reader.read(List.of("-"));
    assertEquals(List.of("a", "c"), articles.stream().map(Article::id).toList());
    assertEquals(LocalDate.of(2025, 3, 1), articles.get(0).date());
    assertEquals(LocalDate.of(2020, 1, 1), articles.get(1).date());
    assertEquals("dyad: stdin:2: field 'text' must be a string, found number 5\n", err.toString());
    assertEquals(1, reader.failures());
  }

  @Test
  void inputFormat_overridesAFilesExtension() throws IOException {
    Path f = Files.writeString(dir.resolve("corpus.txt"), JSONL, StandardCharsets.UTF_8);
    assertEquals(List.of("a", "c"), inputs(SourceFormat.JSONL, "").read(List.of(f.toString())).stream().map(Article::id).toList());
    assertEquals(List.of(f.toString()), inputs(null, "").read(List.of(f.toString())).stream().map(Article::id).toList());
  }

  @Test
  void cli_inputFormat_takesTheDocumentedNames() {
    CliRun run = CliRun.of("code", "--input-format", "xml", "-");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("Invalid value for option '--input-format': expected one of [jsonl, text, html, rss]"), run.err());
  }

  @Test
  void isAmong_comparesRealPaths() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8);
    Files.createDirectories(dir.resolve("sub"));
    Path nested = Files.writeString(dir.resolve("sub/b.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), article);
    assertTrue(Inputs.isAmong(article, List.of(article.toString())));
    assertTrue(Inputs.isAmong(dir.resolve("sub/../a.txt"), List.of(article.toString())));
    assertTrue(Inputs.isAmong(link, List.of("-", article.toString())));
    assertTrue(Inputs.isAmong(nested, List.of(dir.toString())));
    assertFalse(Inputs.isAmong(dir.resolve("events.jsonl"), List.of(article.toString(), dir.toString())));
    assertFalse(Inputs.isAmong(nested, List.of(article.toString(), "https://example.org/feed")));
  }

  @Test
  void code_outNamingAnInput_isRefusedAndTheInputKept() throws IOException {
    Path article = Files.writeString(dir.resolve("a.txt"), "Russia attacked Ukraine.", StandardCharsets.UTF_8);
    CliRun run = CliRun.of("code", article.toString(), "--out", dir.resolve(".").resolve("a.txt").toString());
    assertEquals(2, run.exitCode());
    assertEquals("dyad: --out " + dir.resolve(".").resolve("a.txt")
        + " is one of the input files; it would be overwritten (choose another file)\n", run.err());
    assertEquals("Russia attacked Ukraine.", Files.readString(article));
  }
}
