package org.dyad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.coder.ArticleCoder;
import org.dyad.coder.dictionary.BuiltInDictionaries;
import org.dyad.coder.dictionary.Dictionaries;
import org.dyad.coder.dictionary.DirectoryDictionaries;
import org.dyad.geo.GeoLocator;
import org.dyad.nlp.NlpBackend;
import org.dyad.places.Gazetteer;
import org.dyad.coder.typing.EventTyper;
import java.util.function.Function;

/**
 * Runs {@code dyad eval}: reads each gold file, codes it with the dictionaries it needs (its own
 * for the PETRARCH suite, else the given ones) on one shared NLP backend, and scores it; a geo gold set
 * ({@code geo.jsonl}) is located with a {@link GeoLocator} and scored by {@link GeoScorer}.
 */
public final class Evaluation {
  private final NlpBackend nlp;
  private final Dictionaries dictionaries;
  private final Granularity granularity;
  private final Path work;
  private final Gazetteer gazetteer;
  private final Function<GoldSet, EventTyper> typers;
  private GeoLocator locator;

  /** An evaluation of the rules alone. */
  public Evaluation(NlpBackend nlp, Dictionaries dictionaries, Gazetteer gazetteer, Granularity granularity, Path work) {
    this(nlp, dictionaries, gazetteer, granularity, work, set -> null);
  }

  /**
   * An evaluation of the hybrid coder: {@code typers} gives, per gold set, a learned typer whose
   * exemplars exclude that set's own sentences (cross-validation; never a sentence scored
   * against itself), or null for the rules alone.
   */
  public Evaluation(NlpBackend nlp, Dictionaries dictionaries, Gazetteer gazetteer, Granularity granularity, Path work,
      Function<GoldSet, EventTyper> typers) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.typers = typers;
    this.dictionaries = dictionaries;
    this.granularity = granularity;
    this.work = work;
  }

  /** Scores the files; a file that does not exist is skipped and named in {@code absent}. */
  public List<EvalReport> run(List<Path> golds, List<String> absent) throws IOException {
    List<EvalReport> reports = new ArrayList<>();
    for (Path gold : golds) {
      if (!Files.exists(gold)) {
        absent.add(gold + ": absent, skipped (the shared reference data is not beside this checkout?)");
        continue;
      }
      GoldFormat format = GoldFormat.of(gold);
      GoldSet set = format.read(gold, work);
      if (format == GoldFormat.GEO_JSONL) {
        if (locator == null) {
          locator = new GeoLocator(gazetteer);
        }
        reports.add(new GeoScorer(new ArticleCoder(nlp, dictionaries, gazetteer), locator).score(set, gold));
        continue;
      }
      Dictionaries used = set.dictionaries() == null ? dictionaries
          : Dictionaries.load(new DirectoryDictionaries(set.dictionaries(), new BuiltInDictionaries()));
      reports.add(new Scorer(new ArticleCoder(nlp, used, gazetteer, typers.apply(set)), granularity).score(set));
    }
    return reports;
  }
}
