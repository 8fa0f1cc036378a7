package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ontology.DataPack;
import org.parley.store.Store;

/**
 * Kill and resume: {@code parley code} killed (SIGKILL, no chance to clean up) while it is coding,
 * then run again with the same arguments, ends with exactly the articles and events of a run that
 * was never interrupted: none lost, none twice, in the output directory and in the store.
 */
class ResumeIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path HOME = Path.of(System.getProperty("parley.home", ".."));
  private static final Path JAR = HOME.resolve("cli/target/parley.jar");

  @Test
  void aKilledRunResumedGivesTheSameArticlesAndEventsAsAnUninterruptedOne(@TempDir Path tmp)
      throws Exception {
    Path corpus = corpus(tmp.resolve("corpus.jsonl"), 5);
    int articles = (int) Files.lines(corpus).count();

    Path killedOut = tmp.resolve("killed");
    Path killedDb = tmp.resolve("killed.duckdb");
    Process first = start(tmp, corpus, killedOut, killedDb, tmp.resolve("first.log"));
    Path lines = killedOut.resolve("articles.jsonl");
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (lineCount(lines) < 5 && first.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(first.isAlive())
        .as("the first run must still be coding when it is killed (log: %s)", log(tmp, "first"))
        .isTrue();
    first.destroyForcibly().waitFor(1, TimeUnit.MINUTES);
    long doneBeforeKill = lineCount(lines);
    assertThat(doneBeforeKill).isGreaterThanOrEqualTo(5).isLessThan(articles);

    Process second = start(tmp, corpus, killedOut, killedDb, tmp.resolve("second.log"));
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(log(tmp, "second")).isZero();
    assertThat(log(tmp, "second")).contains("resuming interrupted run");

    Path cleanOut = tmp.resolve("clean");
    Path cleanDb = tmp.resolve("clean.duckdb");
    Process clean = start(tmp, corpus, cleanOut, cleanDb, tmp.resolve("clean.log"));
    assertThat(clean.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(clean.exitValue()).as(log(tmp, "clean")).isZero();

    List<String> resumedArticles = ids(killedOut.resolve("articles.jsonl"), "id");
    assertThat(resumedArticles).hasSize(articles).doesNotHaveDuplicates();
    assertThat(statuses(killedOut)).isEqualTo(statuses(cleanOut));
    for (String file : List.of("events.jsonl", "quotes.jsonl", "mentions.jsonl")) {
      List<String> resumed = withoutRunId(killedOut.resolve(file));
      List<String> uninterrupted = withoutRunId(cleanOut.resolve(file));
      assertThat(resumed).as(file).hasSameSizeAs(uninterrupted);
      assertThat(resumed).as(file).containsExactlyInAnyOrderElementsOf(uninterrupted);
    }
    assertThat(ids(killedOut.resolve("events.jsonl"), "event_id")).doesNotHaveDuplicates();
    try (Store resumed = Store.open(killedDb.toString());
        Store uninterrupted = Store.open(cleanDb.toString())) {
      for (String table : List.of("articles", "events", "quotes", "mentions", "sentences")) {
        assertThat(resumed.count(table)).as(table).isEqualTo(uninterrupted.count(table));
      }
      assertThat(resumed.count("runs")).isEqualTo(1);
    }
    System.out.printf(
        "resume: %d articles, %d committed before the kill; %d events after resuming, %d"
            + " uninterrupted%n",
        articles,
        doneBeforeKill,
        lineCount(killedOut.resolve("events.jsonl")),
        lineCount(cleanOut.resolve("events.jsonl")));
  }

  /** Articles of {@code perArticle} sentences from the PLOVER gold texts: real news sentences. */
  private static Path corpus(Path file, int perArticle) throws IOException {
    Path gold = DataPack.fromEnvironment().root().resolve("gold/plover-gsr/PLOVER_GSR_CAMEO.json");
    List<String> texts = new ArrayList<>();
    for (JsonNode r : JSON.readTree(gold.toFile())) {
      if (r.hasNonNull("text")) {
        texts.add(r.get("text").asText());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i + perArticle <= texts.size(); i += perArticle) {
      ObjectNode a = JSON.createObjectNode();
      a.put("id", "plover-" + (i / perArticle));
      a.put("text", String.join("\n\n", texts.subList(i, i + perArticle)));
      a.put("published", "2016-12-12");
      out.append(JSON.writeValueAsString(a)).append('\n');
    }
    Files.writeString(file, out, StandardCharsets.UTF_8);
    return file;
  }

  private static Process start(Path tmp, Path corpus, Path out, Path db, Path log)
      throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xmx2g",
            "-Dparley.home=" + HOME.toAbsolutePath(),
            "-jar",
            JAR.toAbsolutePath().toString(),
            "code",
            corpus.toString(),
            "-o",
            out.toString(),
            "--db",
            db.toString(),
            "--data",
            DataPack.fromEnvironment().root().toString(),
            "--progress",
            "0");
    return new ProcessBuilder(command)
        .directory(tmp.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static String log(Path tmp, String name) {
    try {
      return Files.readString(tmp.resolve(name + ".log"));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static long lineCount(Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    long n = 0;
    for (byte b : Files.readAllBytes(file)) {
      if (b == '\n') {
        n++;
      }
    }
    return n;
  }

  private static List<String> ids(Path file, String field) throws IOException {
    List<String> ids = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      ids.add(JSON.readTree(line).get(field).asText());
    }
    return ids;
  }

  private static TreeMap<String, String> statuses(Path out) throws IOException {
    TreeMap<String, String> m = new TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("articles.jsonl"))) {
      JsonNode a = JSON.readTree(line);
      m.put(a.get("id").asText(), a.get("status").asText());
    }
    return m;
  }

  /** The lines with the run id blanked: the two runs have different ids, the same content. */
  private static List<String> withoutRunId(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      ObjectNode n = (ObjectNode) JSON.readTree(line);
      n.remove("run_id");
      out.add(JSON.writeValueAsString(n));
    }
    return out;
  }
}
