package org.parley.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NearDuplicatesTest {
  private static final Map<String, String> STORIES = Stories.load();
  private static final List<String> BASES =
      List.of("ceasefire", "protest", "rates", "missile", "election");

  record Pair(String name, String first, String second, boolean copy) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Pair> pairs() {
    List<Pair> pairs = new ArrayList<>();
    for (String base : BASES) {
      String story = STORIES.get(base);
      for (Stories.Edit edit : Stories.EDITS) {
        pairs.add(new Pair(base + ": " + edit.name(), story, edit.applyTo(story), true));
      }
      String other = STORIES.get(base + "-other");
      pairs.add(new Pair(base + ": same topic, other event", story, other, false));
      pairs.add(
          new Pair(
              base + ": follow-up repeating the background",
              story,
              other + "\n" + lastParagraphs(story, 2),
              false));
    }
    return pairs;
  }

  private static String lastParagraphs(String story, int n) {
    String[] lines = story.split("\n");
    return String.join("\n", List.of(lines).subList(lines.length - n, lines.length));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void republishedCopiesMatchAndOtherStoriesDoNot(Pair pair) {
    NearDuplicates seen = new NearDuplicates();
    assertThat(seen.admit("first", pair.first())).isEmpty();
    Optional<NearDuplicates.Match> match = seen.admit("second", pair.second());
    double exact = NearDuplicates.similarity(pair.first(), pair.second());
    if (pair.copy()) {
      assertThat(match).as("%s (exact Jaccard %.3f)", pair, exact).isPresent();
      assertThat(match.get().firstId()).isEqualTo("first");
      assertThat(match.get().similarity()).isBetween(NearDuplicates.DEFAULT_THRESHOLD, 1.0);
      assertThat(seen.size()).isEqualTo(1);
    } else {
      assertThat(match).as("%s (exact Jaccard %.3f)", pair, exact).isEmpty();
      assertThat(seen.size()).isEqualTo(2);
    }
  }

  @Test
  void precisionAndRecallOverAllPairsAreComplete() {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    for (Pair pair : pairs()) {
      NearDuplicates seen = new NearDuplicates();
      seen.admit("first", pair.first());
      boolean flagged = seen.admit("second", pair.second()).isPresent();
      if (flagged && pair.copy()) {
        truePositives++;
      } else if (flagged) {
        falsePositives++;
      } else if (pair.copy()) {
        falseNegatives++;
      }
    }
    assertThat(pairs()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(truePositives).isEqualTo(30);
    assertThat(falsePositives).isZero();
    assertThat(falseNegatives).isZero();
  }

  @Test
  void aCopyIsNotRememberedSoLaterCopiesNameTheFirst() {
    NearDuplicates seen = new NearDuplicates();
    String story = STORIES.get("rates");
    seen.admit("a", story);
    assertThat(seen.admit("b", Stories.NEW_HEADLINE.applyTo(story)))
        .map(NearDuplicates.Match::firstId)
        .contains("a");
    assertThat(seen.admit("c", Stories.BOILERPLATE_APPENDED.applyTo(story)))
        .map(NearDuplicates.Match::firstId)
        .contains("a");
    assertThat(seen.size()).isEqualTo(1);
  }

  @Test
  void shortBodiesAreOnlyExactDuplicates() {
    NearDuplicates seen = new NearDuplicates();
    String brief =
        "Police said two people were arrested after the protest in the capital on Friday.";
    assertThat(seen.admit("a", brief)).isEmpty();
    assertThat(seen.admit("b", brief.replace("two", "three"))).isEmpty();
    assertThat(seen.admit("c", brief.toUpperCase(java.util.Locale.ROOT).replace(".", "!")))
        .contains(new NearDuplicates.Match("a", 1.0));
    assertThat(seen.size()).isEqualTo(2);
  }

  @Test
  void identicalLongBodiesMatchWithSimilarityOne() {
    NearDuplicates seen = new NearDuplicates();
    String story = STORIES.get("missile");
    seen.admit("a", story);
    assertThat(seen.admit("b", story)).contains(new NearDuplicates.Match("a", 1.0));
  }

  @Test
  void bodiesWithoutWordsAreNeverDuplicates() {
    NearDuplicates seen = new NearDuplicates();
    assertThat(seen.admit("a", " -- ")).isEmpty();
    assertThat(seen.admit("b", " -- ")).isEmpty();
    assertThat(seen.size()).isZero();
  }

  @Test
  void aStricterThresholdRejectsAMoreEditedCopy() {
    String story = STORIES.get("election");
    String syndicated = Stories.SYNDICATED.applyTo(story);
    double similarity = NearDuplicates.similarity(story, syndicated);
    NearDuplicates strict = new NearDuplicates(Math.min(1.0, similarity + 0.1));
    strict.admit("a", story);
    assertThat(strict.admit("b", syndicated)).isEmpty();
  }

  @Test
  void similarityIsSymmetricAndOneForTheSameWords() {
    String a = STORIES.get("protest");
    String b = STORIES.get("protest-other");
    assertThat(NearDuplicates.similarity(a, b)).isEqualTo(NearDuplicates.similarity(b, a));
    assertThat(NearDuplicates.similarity(a, a.toLowerCase(java.util.Locale.ROOT))).isEqualTo(1.0);
    assertThat(NearDuplicates.similarity(a, b)).isLessThan(0.1);
  }

  @Test
  void wordsIgnoreCasePunctuationAndApostrophesAndSplitHan() {
    assertThat(NearDuplicates.words("Kenya's PRESIDENT, Ruto -- said: \"No.\""))
        .containsExactly("kenyas", "president", "ruto", "said", "no");
    assertThat(NearDuplicates.words("外交部 said")).containsExactly("外", "交", "部", "said");
  }

  @Test
  void rejectsAThresholdOutsideTheUnitInterval() {
    assertThatThrownBy(() -> new NearDuplicates(0.0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new NearDuplicates(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tenThousandDistinctBodiesAreAllAdmittedAndTheirCopiesAllCaught() {
    Random random = new Random(42);
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      bodies.add(Stories.synthetic(random, 500));
    }
    NearDuplicates seen = new NearDuplicates();
    long start = System.nanoTime();
    for (int i = 0; i < bodies.size(); i++) {
      assertThat(seen.admit("doc" + i, bodies.get(i))).as("doc%d", i).isEmpty();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "NearDuplicates: admitted 10,000 500-word bodies in %.2f s (%.0f docs/s)%n",
        seconds, 10_000 / seconds);
    for (int i = 0; i < bodies.size(); i += 97) {
      String copy = Stories.BOILERPLATE_APPENDED.applyTo(bodies.get(i));
      assertThat(seen.admit("copy" + i, copy))
          .map(NearDuplicates.Match::firstId)
          .contains("doc" + i);
    }
    assertThat(seen.size()).isEqualTo(10_000);
  }

  @Test
  void concurrentCopiesAreAdmittedOnce() throws Exception {
    String story = STORIES.get("ceasefire");
    NearDuplicates seen = new NearDuplicates();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Optional<NearDuplicates.Match>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String id = "copy" + i;
        String body = i % 2 == 0 ? story : Stories.TYPOS_FIXED.applyTo(story);
        results.add(pool.submit(() -> seen.admit(id, body)));
      }
      int admitted = 0;
      for (Future<Optional<NearDuplicates.Match>> result : results) {
        admitted += result.get().isEmpty() ? 1 : 0;
      }
      assertThat(admitted).isEqualTo(1);
      assertThat(seen.size()).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
  }
}
