package edu.stanford.nlp.tagger.maxent;

import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.math.ArrayMath;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * CoreNLP's maximum-entropy tagger ({@link MaxentTagger#tagSentence}) with the scores of a word's
 * own features computed once per word, not once per tag history, and those of the previous tags
 * once per pair of tags. Dyad's; it lives in CoreNLP's package because the tagger's fields are
 * package-private.
 *
 * <p>Why: {@link TestSentence} caches a word's local scores (the features of the word alone:
 * the word, and for a rare word its 30 prefixes, suffixes, shapes and distributional cluster) in a
 * map, but in exact scoring (english-left3words) it takes a cached array only when its length
 * equals the word's number of possible tags, which an array of all tags' scores never has; so the
 * scores were recomputed for every history the Viterbi search tries (for a rare word after two
 * ambiguous ones, hundreds of times). Here they are kept by word, across sentences and threads
 * ({@link #LIMIT} words at most). Likewise the scores of the features of the previous tags alone
 * (english-left3words' previous tag and previous two tags), which every history recomputed, are
 * kept by those two tags, and a position's possible tags are looked up once a sentence. The
 * arithmetic is CoreNLP's, in the same order, so the scores, and so the tags, are the same bit for
 * bit ({@code TaggingEquivalenceIT} compares every tag with CoreNLP's pos annotator on the bench and
 * gold sets). Thread-safe.
 */
public final class SharedWordScores {
  /** At most this many words' scores are kept (about 0.5 KB each). */
  public static final int LIMIT = 60_000;
  private final MaxentTagger tagger;
  private final ConcurrentHashMap<String, double[]> local = new ConcurrentHashMap<>();
  /**
   * The common dynamic extractors' scores by the tags two words and one word back (row-major,
   * index {@link #tagCount} for the "NA" before the sentence); null when those extractors read more
   * than those two tags.
   */
  private final AtomicReferenceArray<double[]> byPreviousTags;
  private final int tagCount;

  public SharedWordScores(MaxentTagger tagger) {
    if (tagger.hasApproximateScoring()) {
      throw new IllegalArgumentException("the tagger scores approximately; SharedWordScores repeats exact scoring only");
    }
    this.tagger = tagger;
    this.tagCount = tagger.tags.getSize();
    this.byPreviousTags = readsOnlyPreviousTwoTags(tagger.extractors.dynamic)
        ? new AtomicReferenceArray<>((tagCount + 1) * (tagCount + 1))
        : null;
  }

  /**
   * Whether every extractor's value is a function of the tags one and two words back alone: the
   * previous tag ({@code Extractor(-1,tag)}, {@code Extractor(-2,tag)}) or their conjunction
   * ({@code ExtractorContinuousTagConj(-2 ... -1)}), as english-left3words has.
   */
  private static boolean readsOnlyPreviousTwoTags(List<edu.stanford.nlp.util.Pair<Integer, Extractor>> extractors) {
    for (edu.stanford.nlp.util.Pair<Integer, Extractor> e : extractors) {
      Extractor ex = e.second();
      boolean previousTag = ex.getClass() == Extractor.class && ex.isDynamic();
      boolean conjunction = ex.getClass() == ExtractorFrames.ExtractorContinuousTagConjunction.class;
      if (!(previousTag || conjunction) || ex.position < -2 || ex.position > -1) {
        return false;
      }
    }
    return true;
  }

  /** The slot of a tag read from the history in {@link #byPreviousTags}, or -1. */
  private int slot(String tag) {
    int index = tagger.tags.getIndex(tag);
    return index >= 0 && index < tagCount ? index : "NA".equals(tag) ? tagCount : -1;
  }

  /** The tags of one sentence, as {@link MaxentTagger#tagSentence(List, boolean)} gives them without tags to reuse. */
  public List<TaggedWord> tagSentence(List<? extends HasWord> sentence) {
    return new OneSentence().tagSentence(sentence, false);
  }

  /** One sentence's search; TestSentence is made once per sentence, as MaxentTagger does. */
  private final class OneSentence extends TestSentence {
    private String[][] tagsAt;
    private History history;
    private int[][] indexesAt;
    /** Whether each position's word is rare for the tagger: 0 not known yet, 1 no, 2 yes. */
    private byte[] rareAt;
    /** Each position's scores of its context words' features plus its own (TestSentence's are private). */
    private double[][] contextScores;

    OneSentence() {
      super(tagger);
    }

    /**
     * As {@link TestSentence#scoresOf}: the history set to the tags the search tries, then each
     * possible tag's score normalised over all tags (TestSentence's getExactScores), with the
     * possible tags' indexes looked up once a position.
     */
    @Override
    public double[] scoresOf(int[] tags, int pos) {
      int left = leftWindow();
      if (history == null) {
        history = new History(pairs, maxentTagger.extractors);
        indexesAt = new int[size + left + rightWindow() + 1][];
      }
      // TestSentence's history runs from 0 to size - 1: it is the only sentence in its pairs.
      history.init(0, size - 1, pos - left);
      for (int j = pos - left; j <= pos + rightWindow(); j++) {
        if (j < left) {
          continue;
        }
        if (j >= size + left) {
          break;
        }
        history.setTag(j - left, maxentTagger.tags.getTag(tags[j]));
      }
      String[] possible = stringTagsAt(pos);
      double[] all = getHistories(possible, history);
      ArrayMath.logNormalize(all);
      int[] indexes = indexesAt[pos];
      if (indexes == null) {
        indexes = new int[possible.length];
        for (int j = 0; j < possible.length; j++) {
          indexes[j] = maxentTagger.tags.getIndex(possible[j]);
        }
        indexesAt[pos] = indexes;
      }
      double[] scores = new double[possible.length];
      for (int j = 0; j < possible.length; j++) {
        scores[j] = all[indexes[j]];
      }
      return scores;
    }

    @Override
    protected String[] stringTagsAt(int pos) {
      if (tagsAt == null || tagsAt.length != size + 2 * leftWindow() + 1) {
        tagsAt = new String[size + 2 * leftWindow() + 1][];
      }
      if (pos < 0 || pos >= tagsAt.length) {
        return super.stringTagsAt(pos);
      }
      String[] tags = tagsAt[pos];
      if (tags == null) {
        tags = super.stringTagsAt(pos);
        tagsAt[pos] = tags;
      }
      return tags;
    }

    /** As {@link TestSentence#getHistories(String[], History)}, with the local scores taken from the shared map. */
    @Override
    protected double[] getHistories(String[] tags, History h) {
      if (rareAt == null || rareAt.length != size) {
        rareAt = new byte[size];
      }
      if (rareAt[h.current] == 0) {
        rareAt[h.current] = (byte) (maxentTagger.isRare(ExtractorFrames.cWord.extract(h)) ? 2 : 1);
      }
      boolean rare = rareAt[h.current] == 2;
      Extractors ex = maxentTagger.extractors;
      Extractors exR = maxentTagger.extractorsRare;
      String w = pairs.getWord(h.current);
      double[] lS = local.get(w);
      if (lS == null) {
        lS = exactHistories(h, ex.local, rare ? exR.local : null);
        if (local.size() < LIMIT) {
          local.putIfAbsent(w, lS);
        }
      }
      if (contextScores == null || contextScores.length != size) {
        contextScores = new double[size][];
      }
      double[] lcS = contextScores[h.current];
      if (lcS == null) {
        lcS = exactHistories(h, ex.localContext, rare ? exR.localContext : null);
        contextScores[h.current] = lcS;
        ArrayMath.pairwiseAddInPlace(lcS, lS);
      }
      double[] totalS = dynamicScores(h, ex.dynamic);
      if (rare) {
        addAll(exR.dynamic, maxentTagger.extractors.size(), h, totalS);
      }
      ArrayMath.pairwiseAddInPlace(totalS, lcS);
      return totalS;
    }

    /** The common dynamic extractors' scores: a copy of those computed before for the same two previous tags. */
    private double[] dynamicScores(History h, List<edu.stanford.nlp.util.Pair<Integer, Extractor>> dynamic) {
      if (byPreviousTags == null) {
        return exactHistories(h, dynamic, null);
      }
      int twoBack = slot(h.pairs.getTag(h, -2));
      int oneBack = slot(h.pairs.getTag(h, -1));
      if (twoBack < 0 || oneBack < 0) {
        return exactHistories(h, dynamic, null);
      }
      int at = twoBack * (tagCount + 1) + oneBack;
      double[] scores = byPreviousTags.get(at);
      if (scores == null) {
        scores = exactHistories(h, dynamic, null);
        byPreviousTags.set(at, scores);
      }
      return scores.clone();
    }

    /** TestSentence's getExactHistories and runExactExtractor: each extractor's weights added in turn. */
    private double[] exactHistories(History h, List<edu.stanford.nlp.util.Pair<Integer, Extractor>> extractors,
        List<edu.stanford.nlp.util.Pair<Integer, Extractor>> extractorsRare) {
      double[] scores = new double[maxentTagger.ySize];
      addAll(extractors, 0, h, scores);
      if (extractorsRare != null) {
        addAll(extractorsRare, maxentTagger.extractors.size(), h, scores);
      }
      return scores;
    }

    private void addAll(List<edu.stanford.nlp.util.Pair<Integer, Extractor>> extractors, int offset, History h, double[] scores) {
      int ySize = maxentTagger.ySize;
      double[] lambda = maxentTagger.getLambdaSolve().lambda;
      for (edu.stanford.nlp.util.Pair<Integer, Extractor> e : extractors) {
        add(e.first() + offset, e.second(), h, scores, lambda, ySize);
      }
    }

    private void add(int kf, Extractor ex, History h, double[] scores, double[] lambda, int ySize) {
      int[] fAssociations = maxentTagger.fAssociations.get(kf).get(ex.extract(h));
      if (fAssociations != null) {
        for (int i = 0; i < ySize; i++) {
          int fNum = fAssociations[i];
          if (fNum > -1) {
            scores[i] += lambda[fNum];
          }
        }
      }
    }
  }
}
