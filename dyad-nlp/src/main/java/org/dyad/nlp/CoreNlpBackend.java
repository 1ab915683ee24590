package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * {@link NlpBackend} on Stanford CoreNLP: tokenize, ssplit, pos, lemma for every sentence; the
 * neural dependency parser (English UD) for the sentences asked for. No NER: actors come from
 * Dyad's dictionaries. Thread-safe; loading the models takes a few seconds, so build one per
 * process and pass it on.
 *
 * <p>CoreNLP types never leave this class: results are Dyad's own records.
 */
public final class CoreNlpBackend implements NlpBackend {
  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;

  /** Loads the models from the classpath (the {@code stanford-corenlp} models jar). */
  public CoreNlpBackend() {
    Properties tagging = new Properties();
    tagging.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    tagging.setProperty("tokenize.language", "en");
    // Headlines and paragraphs end at a newline even without a full stop.
    tagging.setProperty("ssplit.newlineIsSentenceBreak", "always");
    tagging.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
    this.tagger = new StanfordCoreNLP(tagging);
    // The parser is called directly rather than through its annotator, which would also build
    // the enhanced and enhanced++ graphs Dyad does not use (a tenth of the parse time).
    this.parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
  }

  @Override
  public List<Sentence> annotate(Article article) {
    Annotation annotation = new Annotation(article.text());
    tagger.annotate(annotation);
    List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(maps.size());
    for (CoreMap map : maps) {
      sentences.add(toSentence(sentences.size(), map, article.text()));
    }
    return sentences;
  }

  private static Sentence toSentence(int index, CoreMap map, String text) {
    List<CoreLabel> labels = map.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      Span span = new Span(label.beginPosition(), label.endPosition());
      tokens.add(new Token(tokens.size(), span.of(text), label.lemma(), label.tag(), span));
    }
    Span span =
        new Span(
            map.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            map.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    return new Sentence(index, span, span.of(text), tokens, List.of());
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
    for (Token token : sentence.tokens()) {
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
    return "Stanford CoreNLP 4.5.10: tokenize,ssplit,pos(english-left3words),lemma;"
        + " depparse(nndep english_UD) on candidate sentences";
  }
}
