package org.dyad.typer;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The precomputed embeddings of the shipped exemplars, {@code exemplars.f32}, written by {@link
 * BuildExemplarVectors}. Little-endian throughout: the 4 ASCII bytes {@code DXV1}, the count (int32),
 * the dimension (int32), the 32 bytes of the SHA-256 of the exemplars.tsv they were computed from,
 * then count × dimension float32, one vector per exemplar row in file order.
 */
final class ExemplarVectors {
  static final String RESOURCE = "exemplars.f32";
  static final int DIMENSION = 384;
  private static final byte[] MAGIC = "DXV1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 4 + 4 + 4 + 32;

  private ExemplarVectors() {}

  /** The shipped vectors of the shipped bank; fails when they were computed from another exemplars.tsv. */
  static float[] load(ExemplarBank bank) {
    try (InputStream in = ExemplarVectors.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("org/dyad/typer/" + RESOURCE + " is not on the classpath; " + REBUILD);
      }
      return read(in, bank);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final String REBUILD = "rebuild it after changing exemplars.tsv with org.dyad.typer.BuildExemplarVectors (see dyad-typer/README.md)";

  /** Reads vectors for the bank's shipped file (count × dimension floats, flat). */
  static float[] read(InputStream in, ExemplarBank bank) throws IOException {
    DataInputStream data = new DataInputStream(in);
    byte[] head = new byte[HEADER];
    try {
      data.readFully(head);
    } catch (java.io.EOFException e) {
      throw new IllegalStateException(RESOURCE + " is truncated (no header); " + REBUILD);
    }
    ByteBuffer h = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
    byte[] magic = new byte[4];
    h.get(magic);
    if (!java.util.Arrays.equals(magic, MAGIC)) {
      throw new IllegalStateException(RESOURCE + " is not an exemplar vector file (no DXV1 header); " + REBUILD);
    }
    int count = h.getInt();
    int dim = h.getInt();
    byte[] sha = new byte[32];
    h.get(sha);
    String built = HexFormat.of().formatHex(sha);
    if (!built.equals(bank.sha256())) {
      throw new IllegalStateException(RESOURCE + " was computed from another exemplars.tsv (SHA-256 " + built
          + ") than the one shipped (SHA-256 " + bank.sha256() + "); " + REBUILD);
    }
    if (count != bank.shippedSize() || dim != DIMENSION) {
      throw new IllegalStateException(RESOURCE + " holds " + count + " vectors of dimension " + dim + ", expected "
          + bank.shippedSize() + " of " + DIMENSION + "; " + REBUILD);
    }
    byte[] body = new byte[Math.multiplyExact(count, dim) * 4];
    try {
      data.readFully(body);
    } catch (java.io.EOFException e) {
      throw new IllegalStateException(RESOURCE + " is truncated; " + REBUILD);
    }
    if (data.read() != -1) {
      throw new IllegalStateException(RESOURCE + " has bytes after its " + count + " vectors; " + REBUILD);
    }
    float[] v = new float[count * dim];
    ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
    return v;
  }

  /** Writes vectors (one per row of the file whose SHA-256 is given) in the format above. */
  static void write(OutputStream out, String tsvSha256, float[][] vectors) throws IOException {
    ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
    h.put(MAGIC).putInt(vectors.length).putInt(DIMENSION).put(HexFormat.of().parseHex(tsvSha256));
    out.write(h.array());
    ByteBuffer b = ByteBuffer.allocate(DIMENSION * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] v : vectors) {
      if (v.length != DIMENSION) {
        throw new IllegalArgumentException("vector of dimension " + v.length + ", expected " + DIMENSION);
      }
      b.clear();
      b.asFloatBuffer().put(v);
      out.write(b.array());
    }
  }
}
