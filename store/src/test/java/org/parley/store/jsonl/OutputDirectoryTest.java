package org.parley.store.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Diagnostic;
import org.parley.store.Fixtures;

class OutputDirectoryTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private void write(Path out, CodedDocument... docs) {
    try (OutputDirectory o = OutputDirectory.open(out)) {
      for (CodedDocument d : docs) {
        o.writeArticle(d.article(), ArticleStatus.coded(), List.of());
        o.writeDocument(d, "run-1");
      }
    }
  }

  private List<JsonNode> lines(String name) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(name))) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static List<String> fields(JsonNode node) {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void writesOneLinePerRecordWithContractFieldsAndTypes() throws IOException {
    write(dir, Fixtures.document("d1"));

    List<JsonNode> events = lines("events.jsonl");
    assertThat(events).hasSize(1);
    JsonNode e = events.get(0);
    assertThat(fields(e))
        .containsExactly(
            "event_id",
            "doc_id",
            "sentence_index",
            "sentence",
            "date",
            "date_precision",
            "date_source",
            "source",
            "target",
            "cameo_code",
            "cameo_root",
            "cameo_name",
            "plover_type",
            "plover_mode",
            "quad_class",
            "penta_class",
            "goldstein",
            "location",
            "modality",
            "evidence",
            "confidence",
            "run_id",
            "location_unresolved");
    assertThat(e.get("cameo_code").isTextual()).isTrue();
    assertThat(e.get("cameo_code").asText()).isEqualTo("042");
    assertThat(e.get("cameo_root").asText()).isEqualTo("04");
    assertThat(e.get("sentence_index").isInt()).isTrue();
    assertThat(e.get("quad_class").isInt()).isTrue();
    assertThat(e.get("goldstein").isDouble()).isTrue();
    assertThat(e.get("goldstein").asDouble()).isEqualTo(1.9);
    assertThat(e.get("plover_type").asText()).isEqualTo("CONSULT");
    assertThat(e.get("source").get("span").toString()).isEqualTo("[0,4]");
    assertThat(e.get("target").get("code").asText()).isEqualTo("JPN");
    assertThat(e.get("target").get("sectors").toString()).isEqualTo("[]");
    assertThat(fields(e.get("location")))
        .containsExactly(
            "name",
            "country",
            "lat",
            "lon",
            "span",
            "reason",
            "admin1",
            "geonames_id",
            "precision",
            "geo_reason");
    assertThat(e.get("location").get("lat").asDouble()).isEqualTo(35.69);
    assertThat(e.get("location_unresolved").isNull()).isTrue();
    assertThat(fields(e.get("evidence")))
        .containsExactly("trigger", "span", "rule", "entries", "modality_cues");
    assertThat(e.get("run_id").asText()).isEqualTo("run-1");

    JsonNode a = lines("articles.jsonl").get(0);
    assertThat(fields(a))
        .containsExactly(
            "id",
            "url",
            "outlet",
            "published",
            "language",
            "title",
            "sha256",
            "status",
            "source",
            "published_source",
            "byline",
            "duplicate_of",
            "duplicate_basis",
            "duplicate_similarity",
            "diagnostics");
    assertThat(a.get("status").asText()).isEqualTo("coded");
    assertThat(a.get("published").asText()).isEqualTo("2020-02-12");

    assertThat(Files.readString(dir.resolve("quotes.jsonl")))
        .isEqualTo(
            "{\"quote_id\":\"d1-q0\",\"doc_id\":\"d1\",\"text\":\"We will talk,\",\"span\":[21,34],"
                + "\"speaker\":{\"text\":\"Moon\",\"span\":[36,40],\"code\":\"KORGOV\"},\"cue\":\"said\","
                + "\"event_id\":null}\n");

    List<JsonNode> mentions = lines("mentions.jsonl");
    assertThat(mentions).hasSize(2);
    assertThat(fields(mentions.get(0)))
        .containsExactly(
            "doc_id",
            "sentence_index",
            "text",
            "span",
            "kind",
            "code",
            "country",
            "sectors",
            "resolved_by",
            "entry",
            "entries",
            "reason");
    assertThat(mentions.get(0).get("entry").asText())
        .isEqualTo("Phoenix.Countries.actors.txt:39559 MOON_JAE-IN_");
  }

  @Test
  void writingTheSameInputTwiceGivesIdenticalFiles() throws IOException {
    Path first = dir.resolve("first");
    write(first, Fixtures.document("d1"), Fixtures.document("d2"));
    List<byte[]> before = new ArrayList<>();
    for (String name :
        List.of("articles.jsonl", "events.jsonl", "quotes.jsonl", "mentions.jsonl")) {
      before.add(Files.readAllBytes(first.resolve(name)));
    }
    write(first, Fixtures.document("d1"), Fixtures.document("d2"));
    int i = 0;
    for (String name :
        List.of("articles.jsonl", "events.jsonl", "quotes.jsonl", "mentions.jsonl")) {
      assertThat(Files.readAllBytes(first.resolve(name))).as(name).isEqualTo(before.get(i++));
    }
    assertThat(Files.readAllLines(first.resolve("events.jsonl"))).hasSize(2);
  }

  @Test
  void aSmallerRunTruncatesTheEarlierFiles() throws IOException {
    write(dir, Fixtures.document("d1"), Fixtures.document("d2"));
    write(dir, Fixtures.document("d3"));
    assertThat(lines("articles.jsonl")).extracting(n -> n.get("id").asText()).containsExactly("d3");
    assertThat(lines("mentions.jsonl")).hasSize(2);
  }

  @Test
  void skippedArticlesAreWrittenWithTheirReasonAndDiagnostics() throws IOException {
    try (OutputDirectory o = OutputDirectory.open(dir)) {
      o.writeArticle(
          Fixtures.article("d9"),
          ArticleStatus.skipped("no text"),
          List.of(Diagnostic.error("in.jsonl", "line 9", "empty text")));
      assertThat(o.counts()).containsEntry("articles.jsonl", 1L).containsEntry("events.jsonl", 0L);
    }
    JsonNode a = lines("articles.jsonl").get(0);
    assertThat(a.get("status").asText()).isEqualTo("skipped: no text");
    assertThat(a.get("diagnostics").toString()).isEqualTo("[\"in.jsonl:line 9: empty text\"]");
    assertThat(Files.readString(dir.resolve("events.jsonl"))).isEmpty();
  }

  @Test
  void writingAfterCloseIsRefused() {
    OutputDirectory o = OutputDirectory.open(dir);
    o.close();
    assertThatThrownBy(() -> o.writeDocument(Fixtures.document("d1"), "run-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
