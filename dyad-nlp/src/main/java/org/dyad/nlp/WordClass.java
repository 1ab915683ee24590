package org.dyad.nlp;

import java.util.List;

/** The word classes whose lemmas the coder looks up before tagging, each with its Penn Treebank tags (as the tagger writes them). */
public enum WordClass {
  VERB(List.of("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")),
  NOUN(List.of("NN", "NNS", "NNP", "NNPS")),
  /** Every other tag of the Penn Treebank set. */
  OTHER(List.of("CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "PDT", "POS", "PRP", "PRP$", "RB", "RBR",
      "RBS", "RP", "SYM", "TO", "UH", "WDT", "WP", "WP$", "WRB", "#", "$", ".", ",", ":", "-LRB-", "-RRB-", "``", "''", "HYPH",
      "NFP", "ADD", "AFX", "GW", "XX"));

  private final List<String> tags;

  WordClass(List<String> tags) {
    this.tags = tags;
  }

  /** The tags of the class. */
  public List<String> tags() {
    return tags;
  }
}
