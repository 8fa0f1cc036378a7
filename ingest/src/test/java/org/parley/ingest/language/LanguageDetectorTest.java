package org.parley.ingest.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTest {
  private static final LanguageDetector DETECTOR = LanguageDetector.shared();

  record Case(String id, Optional<String> expected, String text) {
    @Override
    public String toString() {
      return id;
    }
  }

  static List<Case> labelled() {
    String tsv;
    try (InputStream in =
        LanguageDetectorTest.class.getResourceAsStream("labelled-paragraphs.tsv")) {
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Case> cases = new ArrayList<>();
    for (String line : tsv.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      Optional<String> expected = fields[0].equals("-") ? Optional.empty() : Optional.of(fields[0]);
      cases.add(new Case(fields[1], expected, fields[2]));
    }
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelled")
  void detectsTheLanguageOfEachLabelledParagraph(Case c) {
    Detection d = DETECTOR.detect(c.text());
    assertThat(d.language()).as("%s: %s", c.id(), d.reason()).isEqualTo(c.expected());
  }

  @Test
  void theLabelledSetCoversTwelveLanguagesMixedAndShortTexts() {
    List<Case> cases = labelled();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
    assertThat(cases.stream().flatMap(c -> c.expected().stream()).collect(Collectors.toSet()))
        .hasSizeGreaterThanOrEqualTo(13);
    assertThat(cases).filteredOn(c -> c.id().startsWith("mixed")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(cases).filteredOn(c -> c.expected().isEmpty()).hasSizeGreaterThanOrEqualTo(5);
  }

  @Test
  void veryShortTextHasNoLanguageAndSaysWhy() {
    Detection d = DETECTOR.detect("Photo: AFP");
    assertThat(d.language()).isEmpty();
    assertThat(d.confidence()).isZero();
    assertThat(d.reason()).startsWith("too short: 8 letters");
  }

  @Test
  void urlsAndAddressesAreNotCountedAsText() {
    Detection d =
        DETECTOR.detect(
            "https://www.example.com/world/asia/2024/05/story-slug.html desk@example.com");
    assertThat(d.language()).isEmpty();
    assertThat(d.reason()).startsWith("too short");
  }

  @Test
  void aHeadlineWithoutClearLeadGivesNoLanguage() {
    Detection d = DETECTOR.detect("UN chief urges ceasefire in Gaza");
    assertThat(d.language()).isEmpty();
    assertThat(d.reason()).startsWith("too short for the model");
    Detection mixed = DETECTOR.detect("Le président français met the German chancellor in Berlin.");
    assertThat(mixed.language()).isEmpty();
  }

  @Test
  void onlyTheOpeningIsRead() {
    String english =
        "The foreign ministers met in Geneva on Tuesday to discuss a ceasefire along the border. ";
    String french =
        "Les ministres des Affaires étrangères se sont rencontrés mardi à Genève pour discuter. ";
    String text =
        english.repeat(LanguageDetector.MAX_CHARS / english.length() + 1) + french.repeat(200);
    assertThat(DETECTOR.detect(text).language()).contains("en");
  }

  @Test
  void scriptsThatNameTheirLanguageDecideIt() {
    Detection korean = DETECTOR.detect("북한은 이날 오전 동해상으로 단거리 탄도미사일 두 발을 발사했다고 밝혔다.");
    assertThat(korean.language()).contains("ko");
    assertThat(korean.reason()).startsWith("script: Hangul");
    assertThat(korean.confidence()).isGreaterThan(0.9);
  }

  @Test
  void anEnglishStoryQuotingKoreanStaysEnglish() {
    Detection d =
        DETECTOR.detect(
            "The opposition party, whose name 국민의힘 means People Power, said on Monday it would"
                + " boycott the vote in the National Assembly over the budget.");
    assertThat(d.language()).contains("en");
    assertThat(d.reason()).startsWith("model: 'eng'");
  }

  @Test
  void sameTextGivesTheSameDetectionFromManyThreads() {
    List<Case> cases = labelled();
    List<Detection> serial = cases.stream().map(c -> DETECTOR.detect(c.text())).toList();
    List<Detection> parallel = cases.parallelStream().map(c -> DETECTOR.detect(c.text())).toList();
    assertThat(parallel).isEqualTo(serial);
  }

  @Test
  void theSharedDetectorIsLoadedOnce() {
    assertThat(LanguageDetector.shared()).isSameAs(DETECTOR);
  }

  @Test
  void detectionRejectsCodesThatAreNotIso6391() {
    assertThatThrownBy(() -> new Detection(Optional.of("eng"), 0.5, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Detection(Optional.of("en"), 1.5, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
