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
import org.dyad.nlp.NlpBackend;
import org.dyad.places.Gazetteer;

/**
 * Runs {@code dyad eval}: reads each gold file, codes it with the dictionaries it needs (its own
 * for the PETRARCH suite, else the given ones) on one shared NLP backend, and scores it.
 */
public final class Evaluation {
  private final NlpBackend nlp;
  private final Dictionaries dictionaries;
  private final Granularity granularity;
  private final Path work;
  private final Gazetteer gazetteer;

  public Evaluation(NlpBackend nlp, Dictionaries dictionaries, Gazetteer gazetteer, Granularity granularity, Path work) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
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
      GoldSet set = GoldFormat.of(gold).read(gold, work);
      Dictionaries used = set.dictionaries() == null ? dictionaries
          : Dictionaries.load(new DirectoryDictionaries(set.dictionaries(), new BuiltInDictionaries()));
      reports.add(new Scorer(new ArticleCoder(nlp, used, gazetteer), granularity).score(set));
    }
    return reports;
  }
}
