package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.tagger.maxent.SharedWordScores;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@link NlpBackend} on Stanford CoreNLP: tokenize and ssplit for every sentence, pos and lemma
 * for the sentences asked for, and CoreNLP's neural dependency parser model (English UD) for
 * those asked for, run by Dyad's own inference ({@link ParserChoice#DYAD}, the default) or by
 * CoreNLP's. No NER: actors come from Dyad's dictionaries. Thread-safe; loading the models takes
 * a few seconds (the tagger and the parser load side by side), so build one per process and pass
 * it on.
 *
 * <p>CoreNLP types never leave this package: results are Dyad's own records.
 */
public final class CoreNlpBackend implements NlpBackend {
  /** Parser word features whose hidden-layer sums are kept once first computed (4 KB each): at most 240 MB. */
  private static final int PARSER_WORD_ROWS = 60_000;
  /** The model CoreNLP's pos annotator loads by default. */
  private static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  private final StanfordCoreNLP tokenizer;
  private final SharedWordScores tagger;
  private final MemoisedLemmas lemmatizer = new MemoisedLemmas();
  private final ParserChoice parserChoice;
  private final SentenceParser parser;
  private final PossibleLemmas lemmas = new PossibleLemmas();

  /** Loads the models from the classpath (the {@code stanford-corenlp} models jar); Dyad's parser inference. */
  public CoreNlpBackend() {
    this(ParserChoice.DYAD);
  }

  /** Loads the models from the classpath, the parser run by the inference chosen. */
  public CoreNlpBackend(ParserChoice parserChoice) {
    this.parserChoice = parserChoice;
    // A thread of its own: on two cores the common pool has one worker, which the caller may be using.
    CompletableFuture<SentenceParser> parsing = CompletableFuture.supplyAsync(() -> parserChoice == ParserChoice.CORENLP
        ? new CoreNlpParser()
        : new NeuralDependencyParser(ParserWeights.load(ParserWeights.ENGLISH_UD, PARSER_WORD_ROWS)), CoreNlpBackend::startThread);
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("tokenize.language", "en");
    // Headlines and paragraphs end at a newline even without a full stop.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    this.tokenizer = new StanfordCoreNLP(properties);
    this.tagger = new SharedWordScores(new MaxentTagger(TAGGER_MODEL));
    this.parser = parsing.join();
  }

  private static void startThread(Runnable task) {
    Thread thread = new Thread(task, "dyad-parser-load");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public TokenizedArticle tokenize(Article article) {
    Annotation annotation = new Annotation(article.text());
    tokenizer.annotate(annotation);
    return new CoreNlpArticle(this, lemmas, article.text(), annotation.get(CoreAnnotations.SentencesAnnotation.class));
  }

  /**
   * Tags and lemmatises one sentence's tokens in place, as the pos and lemma annotators do for a
   * whole article (the pos annotator tags sentence by sentence with the same model and search;
   * {@link SharedWordScores} only stops it recomputing a word's own scores).
   */
  void tag(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<TaggedWord> tagged = tagger.tagSentence(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      tokens.get(i).set(CoreAnnotations.PartOfSpeechAnnotation.class, tagged.get(i).tag());
    }
    lemmatizer.annotate(tokens);
  }

  @Override
  public Sentence parse(Sentence sentence) {
    return parseAll(List.of(sentence)).get(0);
  }

  @Override
  public List<Sentence> parseAll(List<Sentence> sentences) {
    List<List<Dependency>> trees = parser.parse(sentences);
    List<Sentence> parsed = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      parsed.add(sentences.get(i).tokens().isEmpty() ? sentences.get(i) : sentences.get(i).withDependencies(trees.get(i)));
    }
    return parsed;
  }

  @Override
  public String describe() {
    return "Stanford CoreNLP 4.5.10: tokenize,ssplit; pos(english-left3words),lemma on sentences whose words may hold an event;"
        + " depparse(nndep english_UD, " + (parserChoice == ParserChoice.DYAD ? "Dyad's float32 inference" : "CoreNLP's inference")
        + ") on candidate sentences";
  }
}
