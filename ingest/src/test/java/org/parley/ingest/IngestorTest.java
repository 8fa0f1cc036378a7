package org.parley.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.furniture.BodyOffsets;
import org.parley.ingest.text.TextDecoder;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.ContentHash;
import org.parley.model.Diagnostic;

class IngestorTest {
  private static final Path SEEDS =
      Path.of(System.getProperty("parley.seeds", "../../shared/seeds"));
  private static final Path KBS = SEEDS.resolve("000_3e80e674ad0fd29e.txt");
  private static final Path KOREA_TIMES = SEEDS.resolve("002_25e455a933130707.txt");

  @TempDir Path dir;

  private final List<IngestRecord> records = new ArrayList<>();

  private IngestSummary read(List<Path> inputs, Optional<Path> manifest) {
    return Ingestor.create().read(inputs, manifest, records::add);
  }

  private Article article(int i) {
    return records.get(i).article().orElseThrow();
  }

  private List<String> labels() {
    return records.stream().map(r -> r.status().label()).toList();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void readsTheSeedArticlesWithTheirManifest() throws IOException {
    IngestSummary summary =
        read(List.of(KBS, KOREA_TIMES), Optional.of(SEEDS.resolve("manifest.jsonl")));

    assertThat(summary).isEqualTo(new IngestSummary(2, 0, 0, 0, 0));
    Article kbs = article(0);
    assertThat(kbs.id()).isEqualTo("kbs-2020-02-13-moon-aide-russia");
    assertThat(kbs.source()).isEqualTo(KBS.toString());
    assertThat(kbs.outlet()).contains("KBS World Radio");
    assertThat(kbs.published().map(Object::toString)).contains("2020-02-13");
    assertThat(kbs.publishedSource()).isEqualTo("manifest");
    assertThat(kbs.language()).contains("en");
    assertThat(kbs.title())
        .contains(
            "Moon's Security Aide Visits Russia for Talks on Denuclearization, Inter-Korean Cooperation");
    assertThat(kbs.byline()).contains("Choi You Sun");
    assertThat(kbs.body())
        .doesNotContain(
            "Latest News", "[Photo", "Choi You Sun, KBS", "Choi You Sun reports", "Anchor:")
        .contains(
            "South Korea's Deputy National Security Adviser Kim Hyun-chong arrived in Moscow on Wednesday.",
            "[Sound bite: S. Korea's Deputy National Security Adviser Kim Hyun-chong (Korean)]",
            "Kim's trip to Moscow comes just days after he visited Washington");

    Article kt = article(1);
    assertThat(kt.id()).isEqualTo("koreatimes-2019-04-25-moon-patrushev");
    assertThat(kt.outlet()).contains("The Korea Times");
    assertThat(kt.published().map(Object::toString)).contains("2019-04-25");
    assertThat(kt.byline()).contains("Kim Yoo-chul");
    assertThat(kt.body())
        .doesNotContain("AP-Yonhap", "By Kim Yoo-chul")
        .contains("Moon met with Russian security chief Nikolai Patrushev at Cheong Wa Dae");
    assertThat(labels()).containsExactly("coded", "coded");
  }

  @Test
  void everyBodyOffsetOfTheSeedsMapsBackToTheOriginal() throws IOException {
    read(List.of(KBS, KOREA_TIMES), Optional.empty());
    BodyOffsets.assertMapsBack(Files.readString(KBS), article(0).body(), article(0).removed());
    BodyOffsets.assertMapsBack(
        Files.readString(KOREA_TIMES), article(1).body(), article(1).removed());
  }

  @Test
  void withoutManifestTheIdIsTheFileNameAndTheKbsDatelineGivesTheDate() {
    read(List.of(KBS, KOREA_TIMES), Optional.empty());

    Article kbs = article(0);
    assertThat(kbs.id()).isEqualTo("000_3e80e674ad0fd29e");
    assertThat(kbs.outlet()).isEmpty();
    assertThat(kbs.published().map(Object::toString)).contains("2020-02-13");
    assertThat(kbs.publishedSource()).isEqualTo("dateline");
    Article kt = article(1);
    assertThat(kt.id()).isEqualTo("002_25e455a933130707");
    assertThat(kt.published()).isEmpty();
    assertThat(kt.publishedSource()).isEqualTo("unknown");
  }

  @Test
  void hashesTheBody() {
    read(List.of(KOREA_TIMES), Optional.empty());
    Article a = article(0);
    assertThat(a.sha256()).hasSize(64).isEqualTo(org.parley.model.ContentHash.sha256(a.body()));
    assertThat(org.parley.model.ContentHash.sha256("abc"))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void readsJsonLinesAndSkipsBadLinesWithLocatedReasons() throws IOException {
    Path jsonl =
        write(
            "batch.jsonl",
            String.join(
                "\n",
                "{\"id\": \"a1\", \"text\": \"Seoul and Tokyo agreed to talk.\", \"outlet\": \"Yonhap\","
                    + " \"published\": \"2020-03-01T10:00:00+09:00\", \"url\": \"https://example.org/a1\"}",
                "{\"id\": \"a2\", \"text\": ",
                "",
                "{\"id\": \"a3\", \"text\": \"   \"}",
                "{\"text\": \"No id here.\"}",
                "{\"id\": \"a5\"}",
                "{\"id\": \"a6\", \"html\": \"<html><body><nav><a href='/'>Home</a></nav><article>"
                    + "<h1>Talks resume</h1><p>Negotiators from the two Koreas met in Panmunjom on"
                    + " Tuesday to resume talks on family reunions, officials said.</p><p>The talks,"
                    + " the first in a year, ended without an agreement on dates, but both sides"
                    + " agreed to meet again next month.</p></article></body></html>\"}",
                "[1, 2]",
                "{\"id\": 7, \"text\": \"Numeric ids are read as text.\", \"title\": \"Given title\"}",
                ""));
    IngestSummary summary = read(List.of(jsonl), Optional.empty());

    assertThat(labels())
        .containsExactly(
            "coded",
            "skipped: invalid JSON",
            "skipped: empty text",
            "skipped: missing id",
            "skipped: missing text",
            "coded",
            "skipped: invalid JSON",
            "coded");
    assertThat(records.stream().map(IngestRecord::location))
        .containsExactly(
            jsonl + ":1",
            jsonl + ":2",
            jsonl + ":4",
            jsonl + ":5",
            jsonl + ":6",
            jsonl + ":7",
            jsonl + ":8",
            jsonl + ":9");
    Article a1 = article(0);
    assertThat(a1.id()).isEqualTo("a1");
    assertThat(a1.source()).isEqualTo(jsonl + ":1");
    assertThat(a1.outlet()).contains("Yonhap");
    assertThat(a1.url()).contains("https://example.org/a1");
    assertThat(a1.published().map(Object::toString)).contains("2020-03-01");
    assertThat(a1.publishedSource()).isEqualTo("record");
    assertThat(article(7).id()).isEqualTo("7");
    assertThat(article(7).title()).contains("Given title");

    Diagnostic invalid = records.get(1).diagnostics().get(0);
    assertThat(invalid.severity()).isEqualTo(Diagnostic.Severity.ERROR);
    assertThat(invalid.file()).isEqualTo(jsonl.toString());
    assertThat(invalid.record()).isEqualTo("2");
    assertThat(invalid.reason()).startsWith("invalid JSON: ");
    assertThat(records.get(6).diagnostics().get(0).reason())
        .isEqualTo("invalid JSON: expected a JSON object, found array");
    assertThat(summary).isEqualTo(new IngestSummary(3, 0, 5, 0, 5));
    Article page = article(5);
    assertThat(page.title()).contains("Talks resume");
    assertThat(page.body()).startsWith("Negotiators from the two Koreas").doesNotContain("Home");
    int talks = page.body().indexOf("The talks");
    assertThat(page.sourceMap()).isNotEmpty();
    // The body offset maps back into the record's html value, to the same words.
    String html =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                Files.readAllLines(jsonl).stream()
                    .filter(l -> l.contains("\"a6\""))
                    .findFirst()
                    .orElseThrow())
            .get("html")
            .asText();
    assertThat(html.substring(page.toOriginalOffset(talks))).startsWith("The talks,");
  }

  @Test
  void skipsRecordsInAnotherLanguage() throws IOException {
    Path jsonl =
        write(
            "lang.jsonl",
            "{\"id\": \"k1\", \"text\": \"남북 정상회담이 열렸다.\", \"language\": \"ko\"}\n"
                + "{\"id\": \"e1\", \"text\": \"The summit opened.\", \"language\": \"en-GB\"}\n");
    read(List.of(jsonl), Optional.empty());
    assertThat(labels()).containsExactly("skipped: language ko", "coded");
    // The skipped record keeps its own id and metadata, and is not offered for coding.
    assertThat(records.get(0).article().map(a -> a.id())).contains("k1");
    assertThat(records.get(0).findCodable()).isEmpty();
    assertThat(article(1).language()).contains("en-GB");
  }

  @Test
  void skipsABinaryFileWithAReason() throws IOException {
    Path png = dir.resolve("photo.txt");
    Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    read(List.of(png), Optional.empty());
    assertThat(labels()).containsExactly("skipped: binary file");
    assertThat(records.get(0).diagnostics())
        .containsExactly(Diagnostic.warning(png.toString(), "", "binary file"));
  }

  @Test
  void readsAWindows1252FileWithAWarning() throws IOException {
    Path old = dir.resolve("old.txt");
    Files.write(
        old,
        "The minister’s visit ended “well”, officials said.".getBytes(TextDecoder.WINDOWS_1252));
    read(List.of(old), Optional.empty());
    assertThat(labels()).containsExactly("coded");
    assertThat(article(0).body()).isEqualTo("The minister’s visit ended “well”, officials said.");
    assertThat(records.get(0).diagnostics())
        .containsExactly(
            new Diagnostic(
                Diagnostic.Severity.WARNING,
                old.toString(),
                "",
                12,
                "not valid UTF-8; decoded as windows-1252"));
  }

  @Test
  void aWindows1252JsonLineIsReadWithAWarningLocatedAtItsByte() throws IOException {
    Path jsonl = dir.resolve("cp.jsonl");
    String lines =
        "{\"id\": \"u\", \"text\": \"Fine.\"}\n{\"id\": \"w\", \"text\": \"Kim’s visit.\"}\n";
    Files.write(jsonl, lines.getBytes(TextDecoder.WINDOWS_1252));
    read(List.of(jsonl), Optional.empty());
    assertThat(labels()).containsExactly("coded", "coded");
    assertThat(article(1).body()).isEqualTo("Kim’s visit.");
    assertThat(records.get(1).diagnostics())
        .containsExactly(
            new Diagnostic(
                Diagnostic.Severity.WARNING,
                jsonl.toString(),
                "2",
                lines.indexOf('’'), // windows-1252 has one byte per character
                "not valid UTF-8; decoded as windows-1252"));
  }

  @Test
  void walksDirectoriesRecursivelyInNameOrder() throws IOException {
    write("b/2.txt", "Second story.");
    write("b/1.txt", "First story in b.");
    write("a.txt", "Top story.");
    write("c/deep/z.jsonl", "{\"id\": \"z1\", \"text\": \"Deep story.\"}\n");
    write("notes.json", "{}");
    write(".hidden.txt", "Hidden.");
    read(List.of(dir), Optional.empty());
    assertThat(records.stream().map(IngestRecord::location))
        .containsExactly(
            dir.resolve("a.txt").toString(),
            dir.resolve("b/1.txt").toString(),
            dir.resolve("b/2.txt").toString(),
            dir.resolve("c/deep/z.jsonl") + ":1",
            dir.resolve("notes.json").toString());
    assertThat(labels()).endsWith("skipped: not an input file type");
  }

  @Test
  void aManifestInsideTheInputDirectoryIsNotReadAsInput() throws IOException {
    write("story.txt", "The talks ended.");
    Path manifest =
        write(
            "manifest.jsonl", "{\"file\": \"story.txt\", \"id\": \"s1\", \"language\": \"en\"}\n");
    read(List.of(dir), Optional.of(manifest));
    assertThat(labels()).containsExactly("coded");
    assertThat(article(0).id()).isEqualTo("s1");
  }

  @Test
  void aMissingManifestAndBadManifestLinesAreLocatedDiagnostics() throws IOException {
    Path story = write("story.txt", "The talks ended.");
    read(List.of(story), Optional.of(dir.resolve("nope.jsonl")));
    assertThat(records.get(0).location()).isEqualTo(dir.resolve("nope.jsonl").toString());
    assertThat(records.get(0).status().label()).isEqualTo("skipped: manifest not found");
    assertThat(article(1).id()).isEqualTo("story");

    records.clear();
    Path manifest =
        write(
            "m.jsonl",
            "{\"file\": \"story.txt\", \"id\": \"s1\"}\nnot json\n{\"id\": \"x\"}\n"
                + "{\"file\": \"story.txt\", \"id\": \"s2\"}\n");
    read(List.of(story), Optional.of(manifest));
    assertThat(records.stream().map(IngestRecord::location))
        .containsExactly(manifest + ":2", manifest + ":3", manifest + ":4", story.toString());
    assertThat(labels())
        .containsExactly(
            "skipped: invalid manifest line",
            "skipped: manifest line has no file",
            "skipped: duplicate manifest entry for story.txt (first on line 1)",
            "coded");
    assertThat(article(3).id()).isEqualTo("s1");
    assertThat(article(3).publishedSource()).isEqualTo("unknown");
  }

  @Test
  void aBadPublishedValueFallsBackToTheDatelineWithAWarning() throws IOException {
    Path jsonl =
        write(
            "d.jsonl",
            "{\"id\": \"d1\", \"published\": \"last week\", \"text\": \"February 13, 2020\\nTalks resumed.\"}\n");
    read(List.of(jsonl), Optional.empty());
    assertThat(article(0).published().map(Object::toString)).contains("2020-02-13");
    assertThat(article(0).publishedSource()).isEqualTo("dateline");
    assertThat(article(0).body()).isEqualTo("Talks resumed.");
    assertThat(records.get(0).diagnostics())
        .containsExactly(
            Diagnostic.warning(
                jsonl.toString(), "1", "published 'last week' is not a date; ignored"));
  }

  @Test
  void aWireDatelineWithoutYearLeavesPublishedUnknownWithAWarning() throws IOException {
    Path txt = write("wire.txt", "SEOUL, Feb. 13 (Yonhap) -- South Korea said it would talk.");
    read(List.of(txt), Optional.empty());
    assertThat(article(0).publishedSource()).isEqualTo("unknown");
    assertThat(records.get(0).diagnostics().get(0).reason())
        .isEqualTo("dateline 'SEOUL, Feb. 13' has no year; published unknown");
  }

  @Test
  void textAnEarlierRunCodedUnderAnotherIdIsADuplicateOfIt() throws IOException {
    Path jsonl =
        write(
            "again.jsonl",
            "{\"id\": \"today-1\", \"text\": \"Story one.\"}\n"
                + "{\"id\": \"old-2\", \"text\": \"Story two.\"}\n"
                + "{\"id\": \"today-3\", \"text\": \"Story three.\"}\n"
                + "{\"id\": \"today-4\", \"text\": \"Story one.\"}\n");
    // The store knows stories one and two, coded yesterday as old-1 and old-2.
    Map<String, String> stored =
        Map.of(
            ContentHash.sha256("Story one."), "old-1",
            ContentHash.sha256("Story two."), "old-2");
    PriorArticles prior =
        (sha, id) -> Optional.ofNullable(stored.get(sha)).filter(found -> !found.equals(id));
    Ingestor.create().withPriorArticles(prior).read(List.of(jsonl), Optional.empty(), records::add);
    assertThat(records.stream().map(IngestRecord::status))
        .containsExactly(
            ArticleStatus.duplicateOf("old-1", ArticleStatus.STORED_CONTENT, 1),
            // The same article coded again replaces its earlier coding.
            ArticleStatus.coded(),
            ArticleStatus.coded(),
            ArticleStatus.duplicateOf("old-1", ArticleStatus.STORED_CONTENT, 1));
  }

  @Test
  void sameIdAndTextIsADuplicateAndSameIdOtherTextIsRenamed() throws IOException {
    Path jsonl =
        write(
            "dups.jsonl",
            "{\"id\": \"x\", \"text\": \"Story one.\"}\n"
                + "{\"id\": \"x\", \"text\": \"Story one.\"}\n"
                + "{\"id\": \"x\", \"text\": \"Story two.\"}\n"
                + "{\"id\": \"x\", \"text\": \"Story three.\"}\n"
                + "{\"id\": \"y\", \"text\": \"Story two.\"}\n");
    IngestSummary summary = read(List.of(jsonl), Optional.empty());
    assertThat(records.stream().map(IngestRecord::status))
        .containsExactly(
            ArticleStatus.coded(),
            ArticleStatus.duplicateOf("x"),
            ArticleStatus.coded(),
            ArticleStatus.coded(),
            ArticleStatus.duplicateOf("x#2"));
    assertThat(article(2).id()).isEqualTo("x#2");
    assertThat(article(3).id()).isEqualTo("x#3");
    assertThat(records.get(2).diagnostics())
        .containsExactly(
            Diagnostic.warning(
                jsonl.toString(),
                "3",
                "id x already used by an article with other text; renamed x#2"));
    assertThat(records.get(1).findCodable()).isEmpty();
    assertThat(summary).isEqualTo(new IngestSummary(3, 2, 0, 2, 0));
  }

  @Test
  void aMissingInputIsSkippedWithAReason() {
    Path missing = dir.resolve("missing.txt");
    read(List.of(missing), Optional.empty());
    assertThat(labels()).containsExactly("skipped: no such file or directory");
    assertThat(records.get(0).diagnostics().get(0).severity()).isEqualTo(Diagnostic.Severity.ERROR);
  }

  @Test
  void aTextThatIsAllFurnitureIsSkippedAsEmpty() throws IOException {
    Path txt = write("empty.txt", "\n\n[Photo : YONHAP News]\n\n");
    read(List.of(txt), Optional.empty());
    assertThat(labels()).containsExactly("skipped: empty text");
  }

  @Test
  void streamsEachRecordBeforeReadingTheNext() throws IOException {
    Path jsonl =
        write(
            "s.jsonl",
            "{\"id\": \"1\", \"text\": \"One.\"}\n{\"id\": \"2\", \"text\": \"Two.\"}\n");
    List<String> seen = new ArrayList<>();
    Ingestor.create()
        .read(
            List.of(jsonl),
            Optional.empty(),
            r -> seen.add(r.article().orElseThrow().id() + "@" + seen.size()));
    assertThat(seen).containsExactly("1@0", "2@1");
  }

  @Test
  void misuseNamesTheArgument() {
    Ingestor ingestor = Ingestor.create();
    assertThatThrownBy(() -> ingestor.read(null, Optional.empty(), r -> {})).hasMessage("inputs");
    assertThatThrownBy(() -> ingestor.read(List.of(), null, r -> {})).hasMessage("manifest");
    assertThatThrownBy(() -> ingestor.read(List.of(), Optional.empty(), null)).hasMessage("sink");
  }

  @Test
  void theSameInputGivesTheSameRecords() {
    read(List.of(KBS, KOREA_TIMES), Optional.empty());
    List<IngestRecord> first = List.copyOf(records);
    records.clear();
    read(List.of(KBS, KOREA_TIMES), Optional.empty());
    assertThat(records).isEqualTo(first);
  }
}
