package org.dyad.cli.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import org.dyad.coder.ArticleResult;
import org.dyad.model.Event;

/** One JSON object per event and line. */
final class JsonlWriter implements EventWriter {
  private final ObjectMapper json = new ObjectMapper();
  private final PrintWriter out;

  JsonlWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void write(ArticleResult result) throws IOException {
    for (Event e : result.events()) {
      out.println(json.writeValueAsString(EventJson.of(e)));
    }
  }

  @Override
  public void finish() {
    out.flush();
  }
}
