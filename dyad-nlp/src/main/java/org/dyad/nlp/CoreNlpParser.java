package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * CoreNLP's own neural dependency parser, one sentence at a time. Called directly rather than
 * through its annotator, which would also build the enhanced and enhanced++ graphs Dyad does not
 * use (a tenth of the parse time). Thread-safe; loading takes seconds.
 */
final class CoreNlpParser implements SentenceParser {
  private final DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());

  @Override
  public List<List<Dependency>> parse(List<Sentence> sentences) {
    List<List<Dependency>> trees = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      trees.add(sentence.tokens().isEmpty() ? List.of() : toDependencies(parser.predict(toLabels(sentence))));
    }
    return trees;
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
}
