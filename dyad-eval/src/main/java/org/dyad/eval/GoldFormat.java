package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gold-set formats {@code dyad eval} reads, each with its reader. */
public enum GoldFormat {
  /** Dyad's own: one JSON object per line (see eval/gold/README.md). */
  DYAD_JSONL(DyadJsonlReader::read),
  /** A geo gold set: Dyad's JSONL whose records each have a {@code place} (eval/gold/REAL.md); scored by {@link GeoScorer}. */
  GEO_JSONL(DyadJsonlReader::read),
  /** PETRARCH validation records ({@code PETR.UnitTest.records.xml}) with their dictionaries. */
  PETRARCH_XML(PetrarchRecordsReader::read),
  /** The PLOVER gold-standard records ({@code PLOVER_GSR_CAMEO.txt}, a JSON array). */
  PLOVER_GSR(PloverGsrReader::read);

  /** Reads a gold file; {@code work} is a scratch directory for converted dictionaries. */
  interface Reader {
    GoldSet read(Path file, Path work) throws IOException;
  }

  private final Reader reader;

  GoldFormat(Reader reader) {
    this.reader = reader;
  }

  public GoldSet read(Path file, Path work) throws IOException {
    return reader.read(file, work);
  }

  /** The format of a file, by its name and first character. */
  public static GoldFormat of(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".jsonl")) {
      return GeoScorer.isGeo(file) ? GEO_JSONL : DYAD_JSONL;
    }
    if (name.endsWith(".xml")) {
      return PETRARCH_XML;
    }
    String start = Files.readString(file).stripLeading();
    if (start.startsWith("[")) {
      return PLOVER_GSR;
    }
    throw new org.dyad.model.DyadInputException(file + ": unknown gold format (expected .jsonl, PETRARCH .xml or the PLOVER GSR JSON array)");
  }
}
