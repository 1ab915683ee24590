package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;

/**
 * {@link NlpBackend} on Stanford CoreNLP: tokenize and ssplit for every sentence, pos and lemma
 * for the sentences asked for, the neural dependency parser (English UD) for those asked for. No
 * NER: actors come from Dyad's dictionaries. Thread-safe; loading the models takes a few seconds
 * (the tagger and the parser load side by side), so build one per process and pass it on.
 *
 * <p>CoreNLP types never leave this package: results are Dyad's own records.
 */
public final class CoreNlpBackend implements NlpBackend {
  private final StanfordCoreNLP tokenizer;
  private final POSTaggerAnnotator tagger;
  private final MorphaAnnotator lemmatizer = new MorphaAnnotator(false);
  private final DependencyParser parser;
  private final PossibleLemmas lemmas = new PossibleLemmas();

  /** Loads the models from the classpath (the {@code stanford-corenlp} models jar). */
  public CoreNlpBackend() {
    // The parser is called directly rather than through its annotator, which would also build
    // the enhanced and enhanced++ graphs Dyad does not use (a tenth of the parse time).
    CompletableFuture<DependencyParser> parsing =
        CompletableFuture.supplyAsync(() -> DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties()));
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit");
    properties.setProperty("tokenize.language", "en");
    // Headlines and paragraphs end at a newline even without a full stop.
    properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
    properties.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    this.tokenizer = new StanfordCoreNLP(properties);
    this.tagger = new POSTaggerAnnotator("pos", properties);
    this.parser = parsing.join();
  }

  @Override
  public TokenizedArticle tokenize(Article article) {
    Annotation annotation = new Annotation(article.text());
    tokenizer.annotate(annotation);
    return new CoreNlpArticle(this, lemmas, article.text(), annotation.get(CoreAnnotations.SentencesAnnotation.class));
  }

  /** Tags and lemmatises one sentence's tokens in place, as the pos and lemma annotators do for a whole article. */
  void tag(String text, CoreMap sentence) {
    Annotation one = new Annotation(text);
    one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
    one.set(CoreAnnotations.TokensAnnotation.class, sentence.get(CoreAnnotations.TokensAnnotation.class));
    tagger.annotate(one);
    lemmatizer.annotate(one);
  }

  @Override
  public Sentence parse(Sentence sentence) {
    if (sentence.tokens().isEmpty()) {
      return sentence;
    }
    GrammaticalStructure structure = parser.predict(toLabels(sentence));
    return sentence.withDependencies(toDependencies(structure));
  }

  private static List<CoreLabel> toLabels(Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (org.dyad.model.Token token : sentence.tokens()) {
      CoreLabel label = new CoreLabel();
      label.setWord(token.word());
      label.setValue(token.word());
      label.setTag(token.pos());
      label.setLemma(token.lemma());
      label.setIndex(token.index() + 1);
      labels.add(label);
    }
    return labels;
  }

  private static List<Dependency> toDependencies(GrammaticalStructure structure) {
    List<Dependency> edges = new ArrayList<>();
    for (TypedDependency d : structure.typedDependencies()) {
      edges.add(new Dependency(d.gov().index() - 1, d.dep().index() - 1, d.reln().toString()));
    }
    edges.sort(Comparator.comparingInt(Dependency::dependent));
    return edges;
  }

  @Override
  public String describe() {
    return "Stanford CoreNLP 4.5.10: tokenize,ssplit; pos(english-left3words),lemma on sentences whose words may hold an event;"
        + " depparse(nndep english_UD) on candidate sentences";
  }
}
