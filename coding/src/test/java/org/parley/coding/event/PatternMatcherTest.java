package org.parley.coding.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.coding.ParseBuilder;
import org.parley.coding.dictionary.VerbDictionary;
import org.parley.coding.dictionary.VerbPattern;
import org.parley.model.Sentence;

/**
 * {@link PatternMatcher} on hand-built UD parses, one PETRARCH pattern feature a test, with small
 * dictionaries in the PETRARCH verb format.
 */
class PatternMatcherTest {
  private static final String SETS =
      """
      &TIETYPES
      +MILITARY
      +ECONOMIC

      &NEGAUX
      +DID N'T
      +REALLY DID NOT
      """;

  @TempDir Path dir;

  private List<VerbPattern> patterns(String block) throws IOException {
    Path file = Files.writeString(dir.resolve("test.verbs.txt"), SETS + "\n" + block + "\n");
    VerbDictionary d = VerbDictionary.read(file);
    assertThat(d.diagnostics()).isEmpty();
    return d.blocks().get(0).patterns();
  }

  private static Sentence parse(String block) {
    return ParseBuilder.article("d", "2015-06-01").sentence(block).build().sentences().get(0);
  }

  /** The code of the best pattern for the verb at 1-based {@code verb}, or "none". */
  private static String best(Sentence s, int verb, List<VerbPattern> ps) {
    return matcher(s, verb, t -> false).best(ps).map(m -> m.pattern().code().raw()).orElse("none");
  }

  private static PatternMatcher matcher(Sentence s, int verb, IntPredicate isActor) {
    int v = verb - 1;
    List<Integer> clause = EventCoder.logicalOrder(s, Clauses.clauseTokens(s, v), v);
    return new PatternMatcher(s, clause, v, t -> false, isActor);
  }

  private static String word(Sentence s, Optional<Integer> token) {
    return token.map(t -> s.tokens().get(t).word()).orElse("-");
  }

  private static final String NEW_RELATIONS =
      """
      1 Arnor Arnor NNP O 2 nsubj
      2 abandoned abandon VBD O 0 root
      3 new new JJ O 5 amod
      4 economic economic JJ O 5 amod
      5 relations relation NNS O 2 obj
      6 . . . O 2 punct
      """;

  private static final String NEW_GLOBAL_RELATIONS =
      """
      1 Arnor Arnor NNP O 2 nsubj
      2 abandoned abandon VBD O 0 root
      3 new new JJ O 6 amod
      4 global global JJ O 6 amod
      5 economic economic JJ O 6 amod
      6 relations relation NNS O 2 obj
      7 . . . O 2 punct
      """;

  @Test
  void wordsJoinedWithUnderscoreMustBeConsecutive() throws IOException {
    List<VerbPattern> joined =
        patterns(
            """
            --- ABANDON [345] ---
            ABANDON
            - * NEW_&TIETYPES_RELATIONS [903]
            """);
    assertThat(best(parse(NEW_RELATIONS), 2, joined)).isEqualTo("903");
    assertThat(best(parse(NEW_GLOBAL_RELATIONS), 2, joined)).isEqualTo("none");
    // blanks let words stand between
    List<VerbPattern> blank =
        patterns(
            """
            --- ABANDON [345] ---
            ABANDON
            - * NEW &TIETYPES RELATIONS [904]
            """);
    assertThat(best(parse(NEW_GLOBAL_RELATIONS), 2, blank)).isEqualTo("904");
  }

  @Test
  void underscoreInsideASynonymChainRejectsAnInterveningWord() throws IOException {
    List<VerbPattern> ps =
        patterns(
            """
            --- CLASH [223] ---
            CLASH
            - MOST_CERTAINLY_&NEGAUX_EVER * [907]
            - &NEGAUX EVER * [905]
            """);
    Sentence s =
        parse(
            """
            1 Romendacil Romendacil NNP O 9 nsubj
            2 most most RBS O 3 advmod
            3 certainly certainly RB O 9 advmod
            4 really really RB O 9 advmod
            5 did do VBD O 9 aux
            6 not not RB O 9 advmod
            7 even even RB O 8 advmod
            8 ever ever RB O 9 advmod
            9 clash clash VB O 0 root
            10 . . . O 9 punct
            """);
    // "really did not" then "even" before "ever": 907's chain is broken, 905 skips "even"
    assertThat(best(s, 9, ps)).isEqualTo("905");
  }

  @Test
  void wordsBeforeTheVerbIncludeTheGoverningClauseUpToAComma() throws IOException {
    List<VerbPattern> ps =
        patterns(
            """
            --- ACT [100] ---
            ACT
            - INDICATED WOULD * NOW [1010]
            - WOULD * NOW [1012]
            """);
    Sentence embedded =
        parse(
            """
            1 Ethiopia Ethiopia NNP O 2 nsubj
            2 indicated indicate VBD O 0 root
            3 it it PRP O 5 nsubj
            4 would would MD O 5 aux
            5 act act VB O 2 ccomp
            6 now now RB O 5 advmod
            7 . . . O 2 punct
            """);
    assertThat(best(embedded, 5, ps)).isEqualTo("1010");
    Sentence afterComma =
        parse(
            """
            1 Ethiopia Ethiopia NNP O 2 nsubj
            2 indicated indicate VBD O 0 root
            3 , , , O 2 punct
            4 it it PRP O 6 nsubj
            5 would would MD O 6 aux
            6 act act VB O 2 ccomp
            7 now now RB O 6 advmod
            8 . . . O 2 punct
            """);
    assertThat(best(afterComma, 6, ps)).isEqualTo("1012");
  }

  @Test
  void aSourceMarkerBeforeTheVerbTakesTheNearestNounPhrase() throws IOException {
    List<VerbPattern> ps =
        patterns(
            """
            --- ATTACK [190] ---
            ATTACK
            - $ * TOWN [193]
            """);
    Sentence s =
        parse(
            """
            1 Police police NNS O 2 nsubj
            2 said say VBD O 0 root
            3 gunmen gunman NNS O 4 nsubj
            4 attacked attack VBD O 2 ccomp
            5 the the DT O 6 det
            6 town town NN O 4 obj
            7 . . . O 2 punct
            """);
    PatternMatcher.Match m = matcher(s, 4, t -> false).best(ps).orElseThrow();
    assertThat(word(s, m.source())).isEqualTo("gunmen");
  }

  @Test
  void writtenWordFormsWinAndLemmasAreOnlyAFallback() throws IOException {
    Sentence s =
        parse(
            """
            1 Germany Germany NNP O 2 nsubj
            2 lifted lift VBD O 0 root
            3 sanctions sanction NNS O 2 obj
            4 . . . O 2 punct
            """);
    List<VerbPattern> both =
        patterns(
            """
            --- LIFT [---] ---
            LIFT
            - * SANCTION [0351]
            - * SANCTIONS [085]
            """);
    assertThat(best(s, 2, both)).isEqualTo("085");
    List<VerbPattern> singularOnly =
        patterns(
            """
            --- LIFT [---] ---
            LIFT
            - * SANCTION [0351]
            - * EMBARGO [085]
            """);
    assertThat(best(s, 2, singularOnly)).isEqualTo("0351");
  }

  @Test
  void aPassiveIsMatchedAsWrittenAsWellAsInActiveOrder() throws IOException {
    Sentence s =
        parse(
            """
            1 Ithilen Ithilen NNP O 4 nmod:poss
            2 's 's POS O 1 case
            3 palace palace NN O 4 compound
            4 militia militia NN O 6 nsubj:pass
            5 was be VBD O 6 aux:pass
            6 freed free VBN O 0 root
            7 from from IN O 8 case
            8 Mordor Mordor NNP O 6 obl
            9 . . . O 6 punct
            """);
    List<VerbPattern> ps =
        patterns(
            """
            --- FREE [066] ---
            FREE
            - + * FROM $ [067]
            """);
    IntPredicate actors = t -> Set.of(0, 7).contains(t);
    PatternMatcher.Match m = matcher(s, 6, actors).best(ps).orElseThrow();
    assertThat(m.pattern().code().raw()).isEqualTo("067");
    assertThat(word(s, m.target())).isEqualTo("Ithilen");
    assertThat(word(s, m.source())).isEqualTo("Mordor");
  }

  @Test
  void markersTakeTheActorOfTheirPhraseAndPassOverTimes() throws IOException {
    List<VerbPattern> ps =
        patterns(
            """
            --- CELEBRATE [181] ---
            CELEBRATE
            - * TABASKI ^ $ [042]
            """);
    Sentence s =
        parse(
            """
            1 Mordor Mordor NNP O 2 nsubj
            2 celebrated celebrate VBD O 0 root
            3 Tabaski Tabaski NN O 2 obj
            4 with with IN O 5 case
            5 Eriador Eriador NNP O 3 nmod
            6 last last JJ O 7 amod
            7 week week NN O 2 obl:tmod
            8 at at IN O 11 case
            9 an an DT O 11 det
            10 Osgiliath Osgiliath NNP O 11 compound
            11 parade parade NN O 2 obl
            12 . . . O 2 punct
            """);
    // ^ passes over "Eriador", $ over "last week" to the parade, marking the actor named in it
    PatternMatcher.Match m = matcher(s, 2, t -> t == 9 || t == 4).best(ps).orElseThrow();
    assertThat(word(s, m.source())).isEqualTo("Osgiliath");
    // with no actor known, the phrase head
    PatternMatcher.Match bare = matcher(s, 2, t -> false).best(ps).orElseThrow();
    assertThat(word(s, bare.source())).isEqualTo("parade");
  }

  @Test
  void theCompoundMarkerRequiresAConjoinedNounPhrase() throws IOException {
    List<VerbPattern> ps =
        patterns(
            """
            --- AGREE [081] ---
            AGREE
            - % * [030]
            """);
    Sentence pair =
        parse(
            """
            1 France France NNP O 4 nsubj
            2 and and CC O 3 cc
            3 Germany Germany NNP O 1 conj
            4 agree agree VBP O 0 root
            5 . . . O 4 punct
            """);
    assertThat(best(pair, 4, ps)).isEqualTo("030");
    Sentence one =
        parse(
            """
            1 France France NNP O 2 nsubj
            2 agrees agree VBZ O 0 root
            3 . . . O 2 punct
            """);
    assertThat(best(one, 2, ps)).isEqualTo("none");
  }
}
