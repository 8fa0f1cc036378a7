package org.parley.cli.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.parley.cli.ConfigurationException;
import org.parley.cli.ExitCodes;
import org.parley.cli.Main;
import org.parley.cli.run.Pipeline;
import org.parley.cli.table.Explanation;
import org.parley.coding.Coder;
import org.parley.coding.Dictionaries;
import org.parley.eval.EvalFloors;
import org.parley.eval.EvalReport;
import org.parley.eval.Evaluator;
import org.parley.eval.GoldEvent;
import org.parley.eval.RecordOutcome;
import org.parley.eval.Suite;
import org.parley.eval.SuiteResult;
import org.parley.model.CodedDocument;
import org.parley.model.Dependency;
import org.parley.model.Event;
import org.parley.model.Sentence;
import org.parley.model.Token;
import org.parley.nlp.NlpOptions;
import org.parley.ontology.DataPack;
import org.parley.store.contract.ContractMaps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley eval [SUITE...] [--json FILE] [--failures] [--floors FILE]}: runs the gold suites
 * of the data pack through the coder and prints precision, recall and F1 per suite and category.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the coder on the gold suites of the data pack: records, expected and produced events,",
      "precision, recall and F1 of (source, target, code) at the full CAMEO code and its root,",
      "records fully correct, and the same per category of each suite.",
      "Suites: petrarch-unit-tests, universalpetrarch-gsr, plover-gsr, cameo-manual-examples,",
      "and petrarch-unit-tests-reparsed, universalpetrarch-gsr-reparsed (the same records parsed",
      "by Parley's CoreNLP pipeline instead of the stored parses). Default: all."
    })
public final class EvalCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "SUITE", description = "Suites to run (default: all).")
  List<String> suites = new ArrayList<>();

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(
      names = "--failures",
      description =
          "List each failing record: text, expected and produced events, and why each produced event exists.")
  boolean failures;

  @Option(
      names = "--record",
      paramLabel = "ID",
      description = "Only these record ids (repeatable).")
  List<String> records = new ArrayList<>();

  @Option(
      names = "--floors",
      paramLabel = "FILE",
      description = "Fail (exit 5) when a figure falls below its floor in this JSON file.")
  Path floors;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description =
          "Parser threads for the suites Parley parses itself (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));

  @Option(names = "--data", paramLabel = "DIR", description = "The data pack directory.")
  Path data;

  @Override
  public Integer call() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    List<Suite> chosen = chosenSuites();
    Optional<EvalFloors> floorSpec = Optional.empty();
    if (floors != null) {
      try {
        floorSpec = Optional.of(EvalFloors.read(floors));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(e.getMessage(), e);
      }
    }
    DataPack pack = Pipeline.locatePack(Optional.ofNullable(data));
    Evaluator evaluator;
    if (chosen.stream().anyMatch(Suite::needsParser)) {
      Pipeline pipeline =
          Pipeline.build(pack, NlpOptions.defaults().withThreads(threads), Main.version());
      evaluator =
          new Evaluator(
              pack,
              pipeline.coder(),
              Optional.of(
                  (articles, selector) -> pipeline.parser().parseAll(articles, selector, d -> {})));
    } else {
      evaluator = new Evaluator(pack, new Coder(Dictionaries.phoenix(pack)), Optional.empty());
    }
    Set<String> only = new LinkedHashSet<>(records);
    List<SuiteResult> results = new ArrayList<>();
    for (Suite s : chosen) {
      SuiteResult r;
      try {
        r = evaluator.run(s, only);
      } catch (IllegalStateException e) {
        // a suite's file missing from or unreadable in the data pack
        throw new ConfigurationException("suite " + s.id() + ": " + e.getMessage(), e);
      }
      results.add(r);
      r.problems().forEach(d -> err.println("parley: " + d.located()));
    }
    Set<String> seen = new LinkedHashSet<>();
    results.forEach(r -> r.outcomes().forEach(o -> seen.add(o.record().id())));
    for (String id : only) {
      if (!seen.contains(id)) {
        err.println("parley: no record '" + id + "' in the suites run");
      }
    }
    out.print(EvalReport.table(results));
    if (failures) {
      for (SuiteResult r : results) {
        printFailures(r, out);
      }
    }
    if (json != null) {
      Map<String, Object> all = new LinkedHashMap<>();
      for (SuiteResult r : results) {
        all.put(r.suite().id(), r.toJson());
      }
      Path parent = json.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), all);
    }
    if (floorSpec.isPresent()) {
      List<String> below = floorSpec.get().check(results);
      if (!below.isEmpty()) {
        err.println("parley: below the floors in " + floors + ":");
        below.forEach(b -> err.println("parley:   " + b));
        return ExitCodes.BELOW_FLOOR;
      }
      err.println("parley: every figure is at or above its floor in " + floors);
    }
    return ExitCodes.OK;
  }

  private List<Suite> chosenSuites() {
    if (suites.isEmpty()) {
      return List.of(Suite.values());
    }
    List<Suite> out = new ArrayList<>();
    for (String id : suites) {
      Suite s =
          Suite.find(id)
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "no suite '"
                              + id
                              + "'; the suites are: "
                              + String.join(", ", Suite.ids())));
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static void printFailures(SuiteResult r, PrintStream out) {
    List<RecordOutcome> failing = r.failures();
    out.printf("%n== %s: %d failing records ==%n", r.suite().id(), failing.size());
    for (RecordOutcome o : failing) {
      out.printf("%n-- %s [%s]%n", o.record().id(), o.record().category());
      out.println("text:      " + o.record().text().strip().replaceAll("\\s+", " "));
      o.refused().ifPresent(why -> out.println("refused:   " + why));
      o.record().expectedError().ifPresent(e -> out.println("expects:   error " + e));
      out.println("expected:  " + events(o.expected()));
      out.println("produced:  " + events(o.produced()));
      if (o.coded().isPresent()) {
        CodedDocument doc = o.coded().get();
        out.println("actors:    " + actors(doc));
        for (Sentence s : doc.parsed().sentences()) {
          out.println("parse:     " + compactParse(s));
        }
        for (Event e : doc.events()) {
          Map<String, Object> m = new LinkedHashMap<>(ContractMaps.event(e, "eval"));
          Map<String, Object> article = new LinkedHashMap<>();
          article.put("id", doc.parsed().article().id());
          article.put("body", doc.parsed().article().body());
          m.put("article", article);
          out.print(Explanation.of(m).indent(4));
        }
      }
    }
  }

  /** Each actor mention as text=CODE(how), so a missing event shows what the coder saw. */
  private static String actors(CodedDocument doc) {
    if (doc.mentions().isEmpty()) {
      return "(none)";
    }
    return String.join(
        "; ",
        doc.mentions().stream()
            .map(
                m ->
                    m.text()
                        + "="
                        + m.code().map(Object::toString).orElse("?")
                        + "("
                        + m.resolvedBy().label()
                        + ")")
            .toList());
  }

  /** word/TAG<-relation-head# for every token: the structure the coder read. */
  private static String compactParse(Sentence s) {
    StringBuilder sb = new StringBuilder();
    for (Token t : s.tokens()) {
      Optional<Dependency> h = s.headEdge(t.index());
      sb.append(t.index() + 1)
          .append(':')
          .append(t.word())
          .append('/')
          .append(t.pos())
          .append(h.map(d -> "<" + d.relation() + "-" + (d.governor() + 1)).orElse(""))
          .append(' ');
    }
    return sb.toString().strip();
  }

  private static String events(List<GoldEvent> events) {
    return events.isEmpty()
        ? "(none)"
        : String.join("; ", events.stream().map(GoldEvent::toString).toList());
  }
}
