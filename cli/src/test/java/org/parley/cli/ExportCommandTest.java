package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorCode;
import org.parley.model.Article;
import org.parley.model.ArticleStatus;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Evidence;
import org.parley.model.Modality;
import org.parley.model.ParsedDocument;
import org.parley.model.ResolvedBy;
import org.parley.store.RunRecord;
import org.parley.store.Store;

class ExportCommandTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void store() {
    db = dir.resolve("parley.duckdb").toString();
    try (Store store = Store.open(db)) {
      store.writeRun(
          new RunRecord(
              "r1", Instant.parse("2024-05-01T10:00:00Z"), "0.1.0", "4.5.10", Map.of(), Map.of()));
      write(store, "a", "2020-02-12", "042", Modality.ASSERTED);
      write(store, "b", "2019-05-01", "112", Modality.HYPOTHETICAL);
    }
  }

  private static void write(Store store, String id, String date, String cameo, Modality modality) {
    String body = "Moon visited Tokyo.";
    Article article =
        new Article(
            id,
            id + ".txt",
            Optional.of("https://example.org/" + id),
            Optional.of("Example News"),
            DateValue.parse(date),
            "manifest",
            Optional.of("en"),
            Optional.empty(),
            Optional.empty(),
            body,
            "ab",
            List.of());
    Event event =
        new Event(
            id + "-0-0",
            id,
            0,
            body,
            DateValue.parse(date),
            "publication",
            new EventParticipant(
                "Moon", new CharSpan(0, 4), new ActorCode("KORGOV"), ResolvedBy.DICTIONARY),
            Optional.of(
                new EventParticipant(
                    "Tokyo", new CharSpan(13, 18), new ActorCode("JPN"), ResolvedBy.METONYMY)),
            new EventType(cameo, "name " + cameo, Optional.empty(), Optional.empty(), 1.0, 1, 1),
            Optional.empty(),
            modality,
            new Evidence("visited", new CharSpan(5, 12), "verb:VISIT", List.of(), List.of()),
            0.8);
    store.writeArticle(article, ArticleStatus.coded(), List.of(), "r1");
    store.writeDocument(
        new CodedDocument(
            new ParsedDocument(article, List.of(), List.of(), List.of(), Map.of()),
            List.of(),
            List.of(event),
            List.of()),
        "r1");
  }

  private static String[] run(int[] code, String... args) {
    PrintStream oldErr = System.err;
    PrintStream oldOut = System.out;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      code[0] = Main.run(args);
    } finally {
      System.setErr(oldErr);
      System.setOut(oldOut);
    }
    return new String[] {
      out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)
    };
  }

  @Test
  void gdeltCarriesAssertedEventsOnlyAndSaysSo() throws Exception {
    Path out = dir.resolve("events.tsv");
    int[] code = new int[1];
    String[] io = run(code, "export", "--format", "gdelt", "--db", db, "-o", out.toString());
    assertThat(code[0]).isEqualTo(ExitCodes.OK);
    assertThat(io[1]).contains("exported 1 events (gdelt, asserted) to " + out);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(1);
    String[] f = lines.get(0).split("\t", -1);
    assertThat(f).hasSize(61);
    assertThat(f[0]).matches("\\d+");
    assertThat(f[26]).isEqualTo("042");
  }

  @Test
  void filtersAndUnassertedEventsToStandardOutput() {
    int[] code = new int[1];
    String[] io =
        run(
            code,
            "export",
            "-f",
            "csv",
            "--db",
            db,
            "-o",
            "-",
            "--since",
            "2019-01-01",
            "--until",
            "2019-12-31",
            "--country",
            "kor",
            "--cameo-root",
            "11");
    assertThat(code[0]).isEqualTo(ExitCodes.OK);
    String[] lines = io[0].split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("event_id,doc_id,run_id,date,");
    assertThat(lines[1])
        .startsWith(
            "b-0-0,b,r1,2019-05-01,day,2019,5,1,Moon,KORGOV,KOR,GOV,Tokyo,JPN,JPN,\"\",112,11,");
    io = run(code, "export", "-f", "icews", "--db", db, "-o", "-", "--include-unasserted");
    assertThat(io[0].split("\n")).hasSize(3);
    io =
        run(
            code,
            "export",
            "-f",
            "phoenix",
            "--db",
            db,
            "-o",
            "-",
            "--modality",
            "hypothetical",
            "--header");
    assertThat(io[0].split("\n")).hasSize(2);
    assertThat(io[0])
        .startsWith("eid\tdate8\t")
        .contains("b-0-0\t20190501\t2019\t5\t1\tKORGOV\tKOR\tGOV");
  }

  @Test
  void badFilterValuesAreUsageErrors() {
    int[] code = new int[1];
    String[] io = run(code, "export", "-f", "gdelt", "--db", db, "-o", "-", "--country", "KOR'--");
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    assertThat(io[1]).contains("bad country");
    run(code, "export", "-f", "sql", "--db", db, "-o", "-");
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    run(code, "export", "-f", "csv", "--db", db, "-o", "-", "--since", "2019-13-01");
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
    run(code, "export", "-f", "parquet", "--db", db, "-o", "-");
    assertThat(code[0]).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingStoreIsAConfigurationErrorAndCreatesNothing() {
    int[] code = new int[1];
    Path missing = dir.resolve("none.duckdb");
    String[] io = run(code, "export", "-f", "jsonl", "--db", missing.toString(), "-o", "-");
    assertThat(code[0]).isEqualTo(ExitCodes.CONFIG);
    assertThat(io[1]).contains("no store");
    assertThat(missing).doesNotExist();
  }

  @Test
  void parquetWritesAPartitionedDirectory() throws Exception {
    Path out = dir.resolve("pq");
    int[] code = new int[1];
    run(code, "export", "-f", "parquet", "--db", db, "-o", out.toString());
    assertThat(code[0]).isEqualTo(ExitCodes.OK);
    assertThat(out.resolve("year=2020").resolve("month=2")).isDirectory();
    assertThat(out.resolve("year=2019").resolve("month=5")).isDirectory();
  }
}
