package org.parley.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parley.model.Dependency;

class TreebankConverterTest {
  private static final String TREE =
      "(ROOT (S (NP (NNP Arnor) ) (VP (VBD restored) (NP (JJ full) (NNS ties) ) (PP (IN with) (NP"
          + " (NNP Gondor) ) ) ) (. .) ) )";

  @Test
  void convertsATreeToBasicUniversalDependencies() {
    TreebankConverter.Converted c = TreebankConverter.convert(TREE);
    assertThat(c.words())
        .containsExactly("Arnor", "restored", "full", "ties", "with", "Gondor", ".");
    assertThat(c.tags()).startsWith("NNP", "VBD");
    assertThat(c.lemmas()).contains("restore", "tie");
    assertThat(c.dependencies())
        .contains(
            new Dependency(-1, 1, "root"),
            new Dependency(1, 0, "nsubj"),
            new Dependency(1, 3, "obj"),
            new Dependency(1, 5, "obl"),
            new Dependency(5, 4, "case"));
  }

  @Test
  void penneTreebankEscapesBecomeCharacters() {
    TreebankConverter.Converted c =
        TreebankConverter.convert(
            "(ROOT (S (NP (-LRB- -LRB-) (NNP X) (-RRB- -RRB-)) (VP (VBD left))))");
    assertThat(c.words()).containsExactly("(", "X", ")", "left");
  }

  @Test
  void unbalancedTreesAreRefusedWithWhereTheyBreak() {
    assertThatThrownBy(() -> TreebankConverter.convert("(ROOT (S (NP (NNP Arnor) ) ) ) )"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unbalanced ')' at character");
    assertThatThrownBy(() -> TreebankConverter.convert("(ROOT (S (NP (NNP Arnor) )"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 bracket(s) left open");
  }
}
