package org.dyad.store;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * A MinHash signature of an article's text, for finding near-duplicates (a wire story republished
 * by many outlets with a new headline, byline or sentence) without comparing every pair of texts.
 *
 * <p>The text is lower-cased and split into words (runs of letters and digits); its set of
 * 5-word shingles is summarized by {@value #HASHES} minima, one per hash function. The share of
 * positions where two signatures agree estimates the Jaccard similarity of the two shingle sets
 * (Broder, "On the resemblance and containment of documents", 1997). For lookup the signature is
 * cut into {@value #BANDS} bands of {@value #ROWS} rows, each hashed to one bucket key: two texts
 * share a bucket with probability 1 − (1 − J^8)^16, which is 0.95 at J = 0.8 and 0.06 at J = 0.5
 * (Leskovec, Rajaraman, Ullman, <i>Mining of Massive Datasets</i>, ch. 3.4), so a lookup reads
 * only the few articles in its sixteen buckets, and {@link #similarity} then checks them.
 *
 * <p>The hash functions are fixed (seeded SplitMix64): signatures are stored, and changing them
 * would make stored and new signatures incomparable. Immutable and thread-safe.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE_WORDS = 5;
  /** Hash functions, hence signature length. */
  public static final int HASHES = 128;
  /** LSH bands; {@code BANDS * ROWS == HASHES}. */
  public static final int BANDS = 16;
  /** Signature rows per band. */
  public static final int ROWS = 8;
  /**
   * Estimated Jaccard similarity of 5-word shingle sets from which an article is a near-duplicate:
   * a reprint with a new headline and byline stays above it, a different story on the same topic
   * (same actors, other facts) falls well below.
   */
  public static final double THRESHOLD = 0.8;

  private static final long[] SEEDS = seeds();

  private final long[] minima;
  private final int shingles;

  private MinHash(long[] minima, int shingles) {
    this.minima = minima;
    this.shingles = shingles;
  }

  /** The signature of a text. */
  public static MinHash of(String text) {
    long[] minima = new long[HASHES];
    java.util.Arrays.fill(minima, Long.MAX_VALUE);
    long[] shingleHashes = shingles(text);
    for (long s : shingleHashes) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(s ^ SEEDS[i]);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    return new MinHash(minima, shingleHashes.length);
  }

  /** A signature read back from {@link #bytes()}. */
  public static MinHash fromBytes(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    long[] minima = new long[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minima[i] = b.getLong();
    }
    return new MinHash(minima, -1);
  }

  /** The signature as {@code HASHES} big-endian longs, for storage. */
  public byte[] bytes() {
    ByteBuffer b = ByteBuffer.allocate(HASHES * Long.BYTES);
    for (long m : minima) {
      b.putLong(m);
    }
    return b.array();
  }

  /** Whether the text had no words: such a text is nobody's near-duplicate. */
  public boolean isEmpty() {
    return shingles == 0;
  }

  /** The estimated Jaccard similarity of the two texts' shingle sets, 0 to 1. */
  public double similarity(MinHash other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return same / (double) HASHES;
  }

  /**
   * Whether the other text is a near-duplicate of this one: the two share an LSH bucket and their
   * estimated similarity is at least {@link #THRESHOLD}. Stored lookups apply the same test (they
   * read only bucket-sharing articles), so a text is judged alike whether its original is stored
   * or still in memory.
   */
  public boolean nearDuplicates(MinHash other) {
    if (isEmpty() || other.isEmpty() || similarity(other) < THRESHOLD) {
      return false;
    }
    long[] mine = bandKeys();
    long[] theirs = other.bandKeys();
    for (int i = 0; i < BANDS; i++) {
      if (mine[i] == theirs[i]) {
        return true;
      }
    }
    return false;
  }

  /** The bucket key of each band; the band number is mixed in, so keys of different bands never meet. */
  public long[] bandKeys() {
    long[] keys = new long[BANDS];
    for (int band = 0; band < BANDS; band++) {
      long h = mix(band + 0x9E3779B97F4A7C15L);
      for (int row = 0; row < ROWS; row++) {
        h = mix(h ^ minima[band * ROWS + row]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The hashes of the text's word shingles (one shingle of all words when there are fewer than five). */
  static long[] shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    int start = words.length > 0 && words[0].isEmpty() ? 1 : 0;
    int n = words.length - start;
    if (n <= 0) {
      return new long[0];
    }
    int count = Math.max(1, n - SHINGLE_WORDS + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L;
      for (int w = i; w < Math.min(n, i + SHINGLE_WORDS); w++) {
        String word = words[start + w];
        for (int c = 0; c < word.length(); c++) {
          h = (h ^ word.charAt(c)) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      hashes[i] = h;
    }
    return hashes;
  }

  /** SplitMix64's finalizer: a fast, well-mixing 64-bit permutation. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static long[] seeds() {
    long[] seeds = new long[HASHES];
    long state = 0x5DEECE66DL;
    for (int i = 0; i < HASHES; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state);
    }
    return seeds;
  }
}
