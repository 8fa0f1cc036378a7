package org.parley.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.cli.Main;
import org.parley.cli.run.CodingRun;
import org.parley.cli.run.Pipeline;
import org.parley.cli.run.RunSummary;
import org.parley.nlp.NlpOptions;
import org.parley.server.ArticleIngest;
import org.parley.store.Store;

/**
 * {@code parley serve --allow-ingest}'s coder: posted articles become one JSONL input of an
 * ordinary coding run into the served store (the same reading, de-duplication, coding, storing and
 * clustering as {@code parley code}). Models and dictionaries load on the first request, so the
 * server starts at once.
 */
final class PipelineIngest implements ArticleIngest {
  private final Store store;
  private final Optional<Path> data;
  private final PrintStream log;
  private final ObjectMapper json = new ObjectMapper();
  private Pipeline pipeline;

  PipelineIngest(Store store, Optional<Path> data, PrintStream log) {
    this.store = store;
    this.data = data;
    this.log = log;
  }

  /** An ingest with models already loaded (tests that code before they serve). */
  PipelineIngest(Store store, Pipeline pipeline, PrintStream log) {
    this(store, Optional.empty(), log);
    this.pipeline = pipeline;
  }

  @Override
  public synchronized Result ingest(List<Posted> articles) {
    if (pipeline == null) {
      log.println("parley: loading models and dictionaries for the first posted articles...");
      pipeline = Pipeline.build(Pipeline.locatePack(data), NlpOptions.defaults(), Main.version());
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("parley-post");
      Path input = dir.resolve("posted.jsonl");
      try (Writer w = Files.newBufferedWriter(input, StandardCharsets.UTF_8)) {
        for (Posted p : articles) {
          Map<String, String> line = new LinkedHashMap<>(p.fields());
          String body = line.remove("body");
          if (body != null) {
            line.put("text", body);
          }
          w.write(json.writeValueAsString(line));
          w.write("\n");
        }
      }
      RunSummary summary =
          CodeCommand.codeWith(
              new CodingRun(pipeline, log).restart(true).progress(false, 0),
              pipeline,
              List.of(input),
              Optional.empty(),
              Optional.empty(),
              Optional.of(store));
      Map<String, String> statuses = store.articleStatuses(summary.runId());
      List<Outcome> out = new ArrayList<>();
      for (Posted p : articles) {
        String id = p.get("id").orElseThrow();
        String label = statuses.get(id);
        if (label == null) {
          out.add(new Outcome(id, "skipped", "not stored by run " + summary.runId(), List.of()));
          continue;
        }
        int colon = label.indexOf(':');
        String status = colon < 0 ? label : label.substring(0, colon);
        String reason = colon < 0 ? null : label.substring(colon + 1).trim();
        List<String> events = new ArrayList<>();
        if (status.equals("coded")) {
          for (Map<String, Object> e : store.eventsOf(id)) {
            events.add((String) e.get("event_id"));
          }
        }
        out.add(new Outcome(id, status, reason, events));
      }
      return new Result(summary.runId(), out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the posted articles for coding", e);
    } finally {
      if (dir != null) {
        try (var files = Files.list(dir)) {
          for (Path f : files.toList()) {
            Files.deleteIfExists(f);
          }
          Files.deleteIfExists(dir);
        } catch (IOException e) {
          log.println("parley: could not delete " + dir + ": " + e.getMessage());
        }
      }
    }
  }
}
