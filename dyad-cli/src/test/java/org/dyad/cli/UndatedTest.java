package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Article;
import org.junit.jupiter.api.Test;

/** What ingest says about articles it stores without a date (issue 15 item 4). */
class UndatedTest {
  @Test
  void warn_namesTheUndatedArticlesAndHowToDateThem_orSaysNothing() {
    StringWriter said = new StringWriter();
    Article undated = new Article("notes.txt", "notes.txt", "", null, "Text.");
    Article dated = new Article("dated.txt", "dated.txt", "", LocalDate.of(2024, 1, 1), "Text.");
    Undated.warn(new PrintWriter(said), List.of(dated, undated), Path.of("x.duckdb"));
    assertEquals("dyad: 1 article stored without a date (notes.txt): its events count in dyads and exports but in no timeline, alert or"
        + " --since; give --date when ingesting, or date them now with 'dyad date --db x.duckdb ARTICLE... --date YYYY-MM-DD'\n",
        said.toString());
    StringWriter nothing = new StringWriter();
    Undated.warn(new PrintWriter(nothing), List.of(dated), Path.of("x.duckdb"));
    assertEquals("", nothing.toString());
  }
}
