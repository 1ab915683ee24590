package org.dyad.places;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The gazetteer's places and name index in one byte array, the layout of {@code gazetteer.bin}
 * ({@link BuildGazetteer} writes it at build time from {@code gazetteer.tsv.gz}): the lookup keys
 * sorted, each with the numbers of its places, and every place encoded apart. Loading it creates
 * no object per place or name (building 123,683 places and a map of about 400,000 names from the
 * text took most of a second of start-up and about 250 MB of allocation); a lookup binary-searches
 * the keys and decodes a place the first time it is asked for, keeping it, so a place is always
 * the same object. Thread-safe.
 *
 * <p>Layout (big-endian): magic, places, their offsets into the place bytes (places + 1 ints),
 * the place bytes; keys, their offsets into the key bytes (keys + 1), the key bytes (ASCII: a key
 * is lower-case letters and digits), the offsets of each key's places (keys + 1) and the place
 * numbers; the countries' place numbers; then the same key table for the towns' romanisation
 * folds ({@link RomanisationFold}).
 */
final class PlaceIndex {
  private static final int MAGIC = 0x44594744; // "DYGD"
  private static final int VERSION = 2;

  private final byte[] placeBytes;
  private final IntBuffer placeOffsets;
  private final Keys names;
  /** The towns under their romanisation folds ({@link RomanisationFold}). */
  private final Keys folds;
  private final int[] countries;
  private final AtomicReferenceArray<Place> decoded;

  private PlaceIndex(byte[] data) {
    ByteBuffer in = ByteBuffer.wrap(data);
    if (in.getInt() != MAGIC || in.getInt() != VERSION) {
      throw new IllegalArgumentException("not a Dyad gazetteer index (version " + VERSION + ")");
    }
    int places = in.getInt();
    placeOffsets = ints(in, places + 1);
    placeBytes = bytes(in);
    names = Keys.read(in);
    countries = new int[in.getInt()];
    ints(in, countries.length).get(countries);
    folds = Keys.read(in);
    if (in.hasRemaining()) {
      throw new IllegalArgumentException("gazetteer index has " + in.remaining() + " bytes past its end");
    }
    decoded = new AtomicReferenceArray<>(places);
  }

  /** How many bytes the layout's magic and version take. */
  static final int HEADER = 2 * Integer.BYTES;

  /** Whether the first {@link #HEADER} bytes of an index are this layout's magic and version. */
  static boolean current(byte[] header) {
    if (header.length < HEADER) {
      return false;
    }
    ByteBuffer in = ByteBuffer.wrap(header);
    return in.getInt() == MAGIC && in.getInt() == VERSION;
  }

  /** Reads an index written by {@link #write}. */
  static PlaceIndex read(byte[] data) {
    return new PlaceIndex(data);
  }

  private static IntBuffer ints(ByteBuffer in, int count) {
    IntBuffer view = in.slice(in.position(), count * Integer.BYTES).asIntBuffer();
    in.position(in.position() + count * Integer.BYTES);
    return view;
  }

  private static byte[] bytes(ByteBuffer in) {
    byte[] b = new byte[in.getInt()];
    in.get(b);
    return b;
  }

  int size() {
    return decoded.length();
  }

  /** The places indexed under a key ({@link Gazetteer#key}), in the order the text listed them. */
  List<Place> lookup(String key) {
    return places(names, key);
  }

  /** The towns whose names fold to a fold ({@link RomanisationFold#fold}), in the order the text listed them. */
  List<Place> folded(String fold) {
    return places(folds, fold);
  }

  private List<Place> places(Keys keys, String key) {
    int k = keys.find(key);
    if (k < 0) {
      return List.of();
    }
    int from = keys.postingOffsets.get(k);
    int to = keys.postingOffsets.get(k + 1);
    Place[] found = new Place[to - from];
    for (int i = from; i < to; i++) {
      found[i - from] = place(keys.postings.get(i));
    }
    return List.of(found);
  }

  /** Whether the key names any place. */
  boolean has(String key) {
    return names.find(key) >= 0;
  }

  /** The place numbered p (0 to {@link #size} − 1), in the order the text listed them. */
  Place at(int p) {
    return place(p);
  }

  /** The countries' centroids, in the order the text listed them. */
  List<Place> countries() {
    List<Place> all = new ArrayList<>(countries.length);
    for (int p : countries) {
      all.add(place(p));
    }
    return all;
  }

  private Place place(int p) {
    Place place = decoded.get(p);
    if (place == null) {
      Place fresh = decode(p);
      place = decoded.compareAndExchange(p, null, fresh);
      if (place == null) {
        place = fresh;
      }
    }
    return place;
  }

  private Place decode(int p) {
    int from = placeOffsets.get(p);
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(placeBytes, from, placeOffsets.get(p + 1) - from))) {
      long id = in.readLong();
      String name = in.readUTF();
      String[] alternates = new String[in.readInt()];
      for (int i = 0; i < alternates.length; i++) {
        alternates[i] = in.readUTF();
      }
      return new Place(id, name, Arrays.asList(alternates), in.readUTF(), in.readUTF(), in.readUTF(), in.readLong(),
          in.readDouble(), in.readDouble(), in.readUTF());
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer index: cannot decode place " + p, e);
    }
  }

  /**
   * Encodes places and their names: each place under the key of its name, its ASCII name and each
   * alternate, once per key (as the text's reader indexed them), in the order given.
   */
  static byte[] write(List<Place> places, List<String> asciiNames) throws IOException {
    Map<String, List<Integer>> byKey = new TreeMap<>();
    Map<String, List<Integer>> byFold = new TreeMap<>();
    ByteArrayOutputStream placeBytes = new ByteArrayOutputStream(places.size() * 96);
    DataOutputStream placeOut = new DataOutputStream(placeBytes);
    int[] placeOffsets = new int[places.size() + 1];
    List<Integer> countries = new ArrayList<>();
    for (int p = 0; p < places.size(); p++) {
      Place place = places.get(p);
      placeOffsets[p] = placeOut.size();
      placeOut.writeLong(place.geonameId());
      placeOut.writeUTF(place.name());
      placeOut.writeInt(place.alternates().size());
      for (String a : place.alternates()) {
        placeOut.writeUTF(a);
      }
      placeOut.writeUTF(place.feature());
      placeOut.writeUTF(place.country());
      placeOut.writeUTF(place.admin1());
      placeOut.writeLong(place.population());
      placeOut.writeDouble(place.latitude());
      placeOut.writeDouble(place.longitude());
      placeOut.writeUTF(place.iso3166_2());
      if (place.isCountry()) {
        countries.add(p);
      }
      index(byKey, place.name(), p);
      index(byKey, asciiNames.get(p), p);
      for (String a : place.alternates()) {
        index(byKey, a, p);
      }
      if (!place.isCountry() && !place.isDivision() && RomanisationFold.folded(place.country())) {
        foldIndex(byFold, place.name(), p);
        foldIndex(byFold, asciiNames.get(p), p);
        for (String a : place.alternates()) {
          foldIndex(byFold, a, p);
        }
      }
    }
    placeOffsets[places.size()] = placeOut.size();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(placeOut.size() + byKey.size() * 32);
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(places.size());
    writeInts(out, placeOffsets);
    out.writeInt(placeBytes.size());
    placeBytes.writeTo(out);
    Keys.write(out, byKey);
    out.writeInt(countries.size());
    writeInts(out, countries.stream().mapToInt(Integer::intValue).toArray());
    Keys.write(out, byFold);
    out.flush();
    return bytes.toByteArray();
  }

  private static void index(Map<String, List<Integer>> byKey, String name, int p) {
    List<Integer> places = byKey.computeIfAbsent(Gazetteer.key(name), k -> new ArrayList<>(1));
    // A place's names are indexed one after another: comparing with the last added is enough.
    if (places.isEmpty() || places.get(places.size() - 1) != p) {
      places.add(p);
    }
  }

  private static void foldIndex(Map<String, List<Integer>> byFold, String name, int p) {
    String fold = RomanisationFold.fold(name);
    if (fold.length() >= RomanisationFold.SHORTEST) {
      List<Integer> places = byFold.computeIfAbsent(fold, k -> new ArrayList<>(1));
      if (places.isEmpty() || places.get(places.size() - 1) != p) {
        places.add(p);
      }
    }
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    for (int v : values) {
      out.writeInt(v);
    }
  }

  /** Sorted lookup keys (ASCII), each with the numbers of its places. */
  private static final class Keys {
    private final IntBuffer offsets;
    private final byte[] bytes;
    private final IntBuffer postingOffsets;
    private final IntBuffer postings;

    private Keys(IntBuffer offsets, byte[] bytes, IntBuffer postingOffsets, IntBuffer postings) {
      this.offsets = offsets;
      this.bytes = bytes;
      this.postingOffsets = postingOffsets;
      this.postings = postings;
    }

    static Keys read(ByteBuffer in) {
      int keys = in.getInt();
      IntBuffer offsets = ints(in, keys + 1);
      byte[] bytes = bytes(in);
      IntBuffer postingOffsets = ints(in, keys + 1);
      return new Keys(offsets, bytes, postingOffsets, ints(in, in.getInt()));
    }

    int find(String key) {
      int low = 0;
      int high = offsets.limit() - 2;
      while (low <= high) {
        int mid = (low + high) >>> 1;
        int c = compare(mid, key);
        if (c < 0) {
          low = mid + 1;
        } else if (c > 0) {
          high = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    /** Compares stored key k with a key, char by char as {@link String#compareTo} does (keys are ASCII). */
    private int compare(int k, String key) {
      int from = offsets.get(k);
      int length = offsets.get(k + 1) - from;
      int n = Math.min(length, key.length());
      for (int i = 0; i < n; i++) {
        int d = (bytes[from + i] & 0xff) - key.charAt(i);
        if (d != 0) {
          return d;
        }
      }
      return length - key.length();
    }

    static void write(DataOutputStream out, Map<String, List<Integer>> byKey) throws IOException {
      out.writeInt(byKey.size());
      ByteArrayOutputStream keyBytes = new ByteArrayOutputStream(byKey.size() * 12);
      int[] keyOffsets = new int[byKey.size() + 1];
      int[] postingOffsets = new int[byKey.size() + 1];
      List<Integer> postings = new ArrayList<>();
      int k = 0;
      for (Map.Entry<String, List<Integer>> e : byKey.entrySet()) {
        keyOffsets[k] = keyBytes.size();
        postingOffsets[k] = postings.size();
        keyBytes.write(e.getKey().getBytes(StandardCharsets.US_ASCII));
        postings.addAll(e.getValue());
        k++;
      }
      keyOffsets[k] = keyBytes.size();
      postingOffsets[k] = postings.size();
      writeInts(out, keyOffsets);
      out.writeInt(keyBytes.size());
      keyBytes.writeTo(out);
      writeInts(out, postingOffsets);
      out.writeInt(postings.size());
      writeInts(out, postings.stream().mapToInt(Integer::intValue).toArray());
    }
  }
}
