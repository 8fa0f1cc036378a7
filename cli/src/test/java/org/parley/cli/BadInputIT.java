package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;

/** Bad input never stops a run, and every input record ends in articles.jsonl with its status. */
class BadInputIT {
  @Test
  void everyRecordEndsCodedDuplicateOrSkippedWithAReason(@TempDir Path tmp) throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("a-good.txt"),
        "Russia and China signed a trade agreement in Moscow on Monday.\n");
    Files.writeString(
        in.resolve("b-copy.txt"),
        "Russia and China signed a trade agreement in Moscow on Monday.\n");
    Files.writeString(in.resolve("c-empty.txt"), "");
    Files.write(in.resolve("d-binary.txt"), new byte[] {0, 1, 2, 3, 0, 5, 6, 7});
    Files.write(
        in.resolve("e-latin1.txt"),
        "Le pr\u00e9sident fran\u00e7ais met the German chancellor in Berlin.\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(
        in.resolve("f-records.jsonl"),
        String.join(
            "\n",
            "{\"id\": \"ok-1\", \"text\": \"Iran condemned the attack on its embassy.\", \"published\": \"2016-01-03\"}",
            "{\"id\": \"broken\", \"text\": ",
            "{\"id\": \"ko-1\", \"text\": \"\ubd81\ud55c\uc774 \ubbf8\uc0ac\uc77c\uc744 \ubc1c\uc0ac\ud588\ub2e4.\", \"language\": \"ko\"}",
            "{\"id\": \"no-text\"}",
            "[1, 2, 3]",
            ""));
    Pipeline pipeline = Pipeline.build(DataPack.fromEnvironment(), NlpOptions.defaults(), "test");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path out = tmp.resolve("out");
    RunSummary summary =
        new CodingRun(pipeline, new PrintStream(log, true, StandardCharsets.UTF_8))
            .run(List.of(in), Optional.empty(), Optional.of(out), Optional.empty(), Map.of());

    ObjectMapper json = new ObjectMapper();
    List<Map<?, ?>> articles =
        Files.readAllLines(out.resolve("articles.jsonl")).stream()
            .<Map<?, ?>>map(l -> readMap(json, l))
            .toList();
    // 5 text files + 5 JSONL records (the blank last line is not a record).
    assertThat(articles).hasSize(10);
    assertThat(summary.records()).isEqualTo(10);
    assertThat(articles)
        .allSatisfy(
            a -> assertThat((String) a.get("status")).matches("coded|duplicate|skipped: .+"));
    assertThat(statusOf(articles, "a-good")).isEqualTo("coded");
    assertThat(statusOf(articles, "b-copy")).isEqualTo("duplicate");
    assertThat(statusOf(articles, "c-empty")).isEqualTo("skipped: empty text");
    // A record that never became an article is kept under its location.
    assertThat(
            articles.stream()
                .filter(a -> ((String) a.get("id")).endsWith("d-binary.txt"))
                .map(a -> (Object) a.get("status")))
        .containsExactly("skipped: binary file");
    assertThat(
            articles.stream()
                .filter(a -> ((String) a.get("id")).endsWith("f-records.jsonl:2"))
                .map(a -> (Object) a.get("status")))
        .containsExactly("skipped: invalid JSON");
    assertThat(statusOf(articles, "e-latin1")).isEqualTo("coded");
    assertThat(statusOf(articles, "ok-1")).isEqualTo("coded");
    assertThat(statusOf(articles, "ko-1")).isEqualTo("skipped: language ko");
    assertThat(summary.coded()).isEqualTo(3);
    assertThat(summary.duplicates()).isEqualTo(1);
    assertThat(summary.skipped()).isEqualTo(6);
    // The invalid JSON line is reported with its file and line.
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("f-records.jsonl:2");
  }

  private static Map<?, ?> readMap(ObjectMapper json, String line) {
    try {
      return json.readValue(line, Map.class);
    } catch (java.io.IOException e) {
      throw new AssertionError("articles.jsonl line is not JSON: " + line, e);
    }
  }

  private static String statusOf(List<Map<?, ?>> articles, String id) {
    return articles.stream()
        .filter(a -> id.equals(a.get("id")))
        .map(a -> (String) a.get("status"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article " + id + " in " + articles));
  }
}
