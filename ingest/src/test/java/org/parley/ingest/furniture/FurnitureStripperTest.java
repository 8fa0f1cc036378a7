package org.parley.ingest.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureStripperTest {
  private static StrippedText strip(String text) {
    StrippedText s = FurnitureStripper.strip(text);
    BodyOffsets.assertMapsBack(text, s);
    return s;
  }

  private static List<String> rules(StrippedText s) {
    return s.cuts().stream().map(Cut::rule).toList();
  }

  @Test
  void keepsATextWithoutFurnitureAsItIs() {
    String text = "Seoul and Tokyo agreed to talk.\n\nThe talks start Monday, officials said.";
    StrippedText s = strip(text);
    assertThat(s.body()).isEqualTo(text);
    assertThat(s.removed()).isEmpty();
    assertThat(s.title()).isEmpty();
    assertThat(s.byline()).isEmpty();
  }

  @Test
  void emptyTextGivesEmptyBody() {
    assertThat(strip("").body()).isEmpty();
    assertThat(strip(" \n\n \n").body()).isEmpty();
  }

  @Test
  void cutsNavigationAboveTheStoryAndTakesTheHeadlineAsTitle() {
    StrippedText s =
        strip(
            "Home | World | Asia\n"
                + "Politics\n\n"
                + "Japan and China agree to resume talks on fishing rights\n\n"
                + "Tokyo and Beijing agreed on Monday to resume talks on fishing rights, officials said.\n");
    assertThat(s.body())
        .isEqualTo(
            "Tokyo and Beijing agreed on Monday to resume talks on fishing rights, officials said.");
    assertThat(s.title()).contains("Japan and China agree to resume talks on fishing rights");
    assertThat(rules(s)).containsExactly("navigation", "navigation", "headline");
  }

  @Test
  void takesTheLongestHeadlineShapedLineAndNotASectionName() {
    StrippedText s =
        strip(
            "World\nKorean Peninsula A to Z\nMain News\n"
                + "EU leaders fail to agree on budget after two days of talks\n"
                + "World2020-02-21\n"
                + "European Union leaders failed to agree on a budget on Friday.\n");
    assertThat(s.title()).contains("EU leaders fail to agree on budget after two days of talks");
    assertThat(s.body()).isEqualTo("European Union leaders failed to agree on a budget on Friday.");
    assertThat(rules(s))
        .containsExactly("navigation", "navigation", "navigation", "headline", "dateline");
  }

  @Test
  void shortSectionNamesAreNotTitles() {
    StrippedText s = strip("News\nKorean Peninsula A to Z\nThe ministry said talks would resume.");
    assertThat(s.title()).isEmpty();
    assertThat(s.body()).isEqualTo("The ministry said talks would resume.");
  }

  @Test
  void cutsNavigationBelowTheStory() {
    StrippedText s =
        strip(
            "The talks will resume next month.\n\nRelated Articles\nMost Viewed\n\nLatest News\n");
    assertThat(s.body()).isEqualTo("The talks will resume next month.");
    assertThat(rules(s)).containsExactly("navigation", "navigation", "navigation");
  }

  @Test
  void cutsCopyrightAndWireCreditsBelowTheStory() {
    StrippedText s =
        strip(
            "Iran said it would answer any attack.\n"
                + "(Reporting by Parisa Hafezi; Editing by Alex Richardson)\n"
                + "© 2020 Thomson Reuters. All rights reserved.\n");
    assertThat(s.body()).isEqualTo("Iran said it would answer any attack.");
  }

  @Test
  void textOfLabelsOnlyIsNotCutAway() {
    String text = "Politics\nEconomy\nSports";
    assertThat(strip(text).body()).isEqualTo(text);
  }

  @Test
  void cutsBracketedCreditsButKeepsSoundBites() {
    StrippedText s =
        strip(
            "Report: The foreign minister arrived in Tokyo.\n\n"
                + "[Photo: Reuters]\n\n"
                + "[Sound bite: Foreign Minister Kang Kyung-wha (Korean)]\n"
                + "\"We will discuss trade.\"\n\n"
                + "[Image courtesy of the ministry]\n"
                + "She returns on Friday.\n");
    assertThat(s.body())
        .isEqualTo(
            "The foreign minister arrived in Tokyo.\n\n"
                + "[Sound bite: Foreign Minister Kang Kyung-wha (Korean)]\n"
                + "\"We will discuss trade.\"\n\n"
                + "She returns on Friday.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Soldiers stand guard at the border in Paju, Gyeonggi Province, Tuesday. Yonhap |",
        "Leaders pose for a photo at the summit in Osaka, June 28. EPA-Yonhap |",
        "Protesters march in Hong Kong on Sunday. (AP Photo/Kin Cheung)",
        "Protesters march in Hong Kong on Sunday. (AP Photo)",
        "Chinese Foreign Minister Wang Yi speaks in Beijing, March 8. / Reuters",
        "Chinese Foreign Minister Wang Yi speaks in Beijing, March 8. REUTERS/Jason Lee",
        "Officials meet in Seoul on Monday. Korea Times photo by Shim Hyun-chul",
        "A missile is launched from an undisclosed location. [YONHAP]",
      })
  void cutsPhotoCaptionsEndingInACredit(String caption) {
    StrippedText s = strip(caption + "\nThe ministry said the talks went well.\n");
    assertThat(s.body()).isEqualTo("The ministry said the talks went well.");
    assertThat(rules(s)).containsExactly("caption");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The ministry said the talks went well, according to Reuters.",
        "Seoul denied the report (Yonhap).",
        "Trade grew 3 percent, the agency said (1/2).",
      })
  void keepsStorySentencesThatMentionAgencies(String sentence) {
    String text = "Officials met on Monday.\n" + sentence + "\nThey meet again in May.";
    assertThat(strip(text).body()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Kim Yoo-chul|Kim Yoo-chul",
        "BY JOHN SMITH|JOHN SMITH",
        "By Kim Yoo-chul and Jung Da-min|Kim Yoo-chul and Jung Da-min",
        "By Lee Min-ji, Staff Reporter|Lee Min-ji",
        "By The Associated Press|The Associated Press",
      })
  void cutsBylinesAndKeepsTheName(String caseLine) {
    String[] parts = caseLine.split("\\|");
    StrippedText s =
        strip("North Korea fires missile\n" + parts[0] + "\nNorth Korea fired a missile.\n");
    assertThat(s.byline()).contains(parts[1]);
    assertThat(s.body()).isEqualTo("North Korea fired a missile.");
  }

  @Test
  void keepsASentenceThatStartsWithBy() {
    String text =
        "Talks began in March.\nBy Monday, the talks had stalled\nBy Monday, the talks had stalled.";
    assertThat(strip(text).body()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Choi You Sun reports.",
        "Lee Jae-hee reports.",
        "Correspondent Mark Lee reports from Tokyo.",
        "Kim Bo-ram has more.",
      })
  void cutsBroadcastHandoffs(String handoff) {
    StrippedText s =
        strip(
            "Anchor: The president left for Moscow.\n"
                + handoff
                + "\n\nReport: He arrived Wednesday.");
    assertThat(s.body()).isEqualTo("The president left for Moscow.\n\nHe arrived Wednesday.");
    assertThat(s.byline()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Choi You Sun, KBS World Radio News.",
        "Kim Bo-ram, Arirang News.",
        "John Smith, BBC News, Seoul.",
        "Jane Doe, Voice of America",
      })
  void cutsASignoffAsTheLastStoryLine(String signoff) {
    StrippedText s = strip("The envoy returns on Friday.\n" + signoff + "\n\nLatest News");
    assertThat(s.body()).isEqualTo("The envoy returns on Friday.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim said talks would continue.",
        "Seoul, South Korea.",
        "Moon met Putin, the Kremlin said."
      })
  void keepsALastLineThatIsNotASignoff(String last) {
    String text = "The envoy returns on Friday.\n" + last;
    assertThat(strip(text).body()).isEqualTo(text);
  }

  @Test
  void signoffInTheMiddleIsStory() {
    String text = "Kim Bo-ram, Arirang News.\nThe envoy returns on Friday.";
    assertThat(strip(text).body()).isEqualTo(text);
  }

  @Test
  void cutsBroadcastLabelsButKeepsTheirText() {
    StrippedText s =
        strip(
            "Anchor Lead: Seoul will send an envoy.\n"
                + "REPORTER: The envoy leaves Monday.\n"
                + "Correspondent: He will meet the foreign minister.\n"
                + "Anchor:The talks are set for Tuesday.");
    assertThat(s.body())
        .isEqualTo(
            "Seoul will send an envoy.\nThe envoy leaves Monday.\n"
                + "He will meet the foreign minister.\nThe talks are set for Tuesday.");
    assertThat(rules(s)).containsOnly("label");
  }

  @Test
  void squeezesBlankRunsAndCarriageReturnsAndMapsEveryOffsetBack() {
    String text =
        "\uFEFFNews\r\n\r\n\r\nFirst paragraph here.   \r\n\r\n\r\n\r\nSecond one.\r\n  \r\n";
    StrippedText s = strip(text);
    assertThat(s.body()).isEqualTo("First paragraph here.\n\nSecond one.");
  }

  @Test
  void stripsBothSeedArticles() throws IOException {
    Path seeds = Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
    String kbs = Files.readString(seeds.resolve("000_3e80e674ad0fd29e.txt"));
    StrippedText k = strip(kbs);
    assertThat(k.title())
        .contains(
            "Moon's Security Aide Visits Russia for Talks on Denuclearization, Inter-Korean Cooperation");
    assertThat(k.byline()).contains("Choi You Sun");
    assertThat(rules(k))
        .containsExactly(
            "navigation",
            "navigation",
            "navigation",
            "headline",
            "dateline",
            "label",
            "handoff",
            "label",
            "signoff",
            "bracketed",
            "navigation");
    assertThat(k.body())
        .startsWith("President Moon Jae-in's senior security aide embarked on a visit to Moscow")
        .endsWith("each time Washington relaxes a sanction.")
        .contains(
            "\n\n[Sound bite: S. Korea's Deputy National Security Adviser Kim Hyun-chong (Korean)]\n\"There")
        .doesNotContain("Latest News", "[Photo", "Choi You Sun", "Anchor:", "Report:", "News2020");

    String kt = Files.readString(seeds.resolve("002_25e455a933130707.txt"));
    StrippedText t = strip(kt);
    assertThat(t.title()).isEmpty();
    assertThat(t.byline()).contains("Kim Yoo-chul");
    assertThat(rules(t)).containsExactly("caption", "byline");
    assertThat(t.body())
        .startsWith("South Korea and Russia may push for a summit")
        .endsWith("Center for International Policy at Johns Hopkins University.")
        .doesNotContain("AP-Yonhap", "By Kim Yoo-chul");
  }
}
