package org.dyad.typer;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The quantized all-MiniLM-L6-v2 from the langchain4j jar (model and tokenizer inside it), on one
 * ONNX Runtime session that every thread shares, each sentence run on the calling thread alone.
 * Why not langchain4j's own model class: its session uses a pool of intra-op threads that spin
 * while waiting, on the same two cores the coder's workers parse on; the workers are the
 * parallelism, so the session gets one intra-op thread and no spinning. Same weights, same
 * tokenizer, same mean pooling: the same vectors. Thread-safe.
 */
final class MiniLm extends AbstractInProcessEmbeddingModel {
  private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";

  private final OnnxBertBiEncoder encoder;

  private MiniLm(OnnxBertBiEncoder encoder) {
    super(Runnable::run);
    this.encoder = encoder;
  }

  /** Loads the model from the classpath (about half a second). */
  static MiniLm load() {
    try (InputStream model = resource(MODEL); InputStream tokenizer = resource(TOKENIZER)) {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtSession session = env.createSession(model.readAllBytes(), options);
      return new MiniLm(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the sentence-embedding model: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLm.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name.substring(1) + " is not on the classpath (the langchain4j all-MiniLM-L6-v2-q jar)");
    }
    return in;
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return encoder;
  }

  @Override
  protected Integer knownDimension() {
    return ExemplarVectors.DIMENSION;
  }
}
