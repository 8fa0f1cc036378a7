package org.parley.store.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ActorCode;
import org.parley.model.ArticleStatus;
import org.parley.model.CharSpan;
import org.parley.model.CodedDocument;
import org.parley.model.DateValue;
import org.parley.model.Event;
import org.parley.model.EventParticipant;
import org.parley.model.EventType;
import org.parley.model.Modality;
import org.parley.model.Place;
import org.parley.model.ResolvedBy;
import org.parley.store.Fixtures;
import org.parley.store.RunRecord;
import org.parley.store.Store;
import org.parley.store.contract.ContractJson;

class ExporterTest {
  private static final String RUN = "run-1";

  /** A sentence with everything CSV and TSV writers must survive. */
  private static final String AWKWARD = "He said \"no,\tnever\"\nagain; café, 한국.";

  @TempDir Path dir;
  private Store store;

  /** Where each test's store lives: a DuckDB file here, PostgreSQL in {@code ExporterPgIT}. */
  protected String newLocation() {
    return dir.resolve("parley.duckdb").toString();
  }

  @BeforeEach
  void open() {
    store = Store.open(newLocation());
    store.writeRun(
        new RunRecord(
            RUN, Instant.parse("2024-05-01T10:00:00Z"), "0.1.0", "4.5.10", Map.of(), Map.of()));
    // d1: asserted, 2020-02-12, KORGOV -> JPN, 042, in Tokyo (city).
    code(Fixtures.document("d1"));
    CodedDocument base = Fixtures.document("d2");
    Event e = base.events().get(0);
    // d2: negated, no date, no target, awkward sentence, an unresolved place, CAMEO 112.
    Event negated =
        new Event(
            "d2-0-0",
            "d2",
            0,
            AWKWARD,
            Optional.empty(),
            "none",
            e.source(),
            Optional.empty(),
            new EventType(
                "112", "Accuse", Optional.of("ACCUSE"), Optional.of("allege"), -2.0, 3, 3),
            Optional.of(Place.named("Atlantis", new CharSpan(0, 2), "in PLACE")),
            Modality.NEGATED,
            e.evidence(),
            0.5);
    code(withEvent(base, negated));
    // d3: asserted, month date 2019-07, IGOUNO -> KORGOV, CAMEO 010 (leading zero), country-level.
    CodedDocument third = Fixtures.document("d3");
    Event t = third.events().get(0);
    Event igo =
        new Event(
            "d3-1-0",
            "d3",
            1,
            "The UN said it would talk to Seoul.",
            Optional.of(DateValue.parse("2019-07").orElseThrow()),
            "text",
            new EventParticipant(
                "The UN", new CharSpan(0, 6), new ActorCode("IGOUNO"), ResolvedBy.DICTIONARY),
            Optional.of(t.source()),
            new EventType(
                "010", "Make statement", Optional.of("AGREE"), Optional.empty(), 0.0, 1, 1),
            Optional.of(
                new Place(
                    "South Korea",
                    new CharSpan(0, 2),
                    Optional.of("KOR"),
                    Optional.of(36.5),
                    Optional.of(127.75),
                    "country of target",
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of("country"),
                    "country centroid")),
            Modality.ASSERTED,
            t.evidence(),
            0.7);
    code(withEvent(third, igo));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void code(CodedDocument doc) {
    store.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), RUN);
    store.writeDocument(doc, RUN);
  }

  private static CodedDocument withEvent(CodedDocument doc, Event event) {
    return new CodedDocument(doc.parsed(), doc.mentions(), List.of(event), List.of());
  }

  private Path export(ExportFormat format, ExportFilter filter, boolean header) {
    Path out = dir.resolve("out." + format.label());
    Exporter.Result r = Exporter.export(store, format, filter, out, header);
    assertThat(r.output()).isEqualTo(out);
    return out;
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  private static Map<String, String> byName(List<String> columns, List<String> values) {
    assertThat(values).hasSameSizeAs(columns);
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i), values.get(i));
    }
    return m;
  }

  /** Rows of a query on a fresh DuckDB, every value as text (null stays null). */
  private static List<Map<String, String>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData md = r.getMetaData();
      List<Map<String, String>> out = new ArrayList<>();
      while (r.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnName(i), r.getString(i));
        }
        out.add(row);
      }
      return out;
    }
  }

  @Test
  void jsonlIsTheContractJsonOfEachEventAndCarriesEveryModality() throws IOException {
    Path out = export(ExportFormat.JSONL, ExportFilter.all(), false);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(3);
    List<String> ids = new ArrayList<>();
    for (String line : lines) {
      Map<String, Object> event = ContractJson.read(line);
      ids.add((String) event.get("event_id"));
      assertThat(event).containsKeys("evidence", "source", "cameo_code", "modality", "run_id");
      Map<String, Object> stored =
          new LinkedHashMap<>(store.findEvent((String) event.get("event_id")).orElseThrow());
      stored.remove("article");
      assertThat(event).isEqualTo(stored);
    }
    // Date order, undated last.
    assertThat(ids).containsExactly("d3-1-0", "d1-0-0", "d2-0-0");
  }

  @Test
  void csvReadsBackWithARealCsvParserColumnByColumn() throws SQLException {
    Path out = export(ExportFormat.CSV, ExportFilter.all(), false);
    List<Map<String, String>> rows =
        query(
            "SELECT * FROM read_csv('"
                + out
                + "', header = true, all_varchar = true, quote = '\"', escape = '\"',"
                + " allow_quoted_nulls = false, parallel = false)");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).keySet()).containsExactlyElementsOf(FlatTable.names());
    Map<String, String> igo = rows.get(0);
    assertThat(igo)
        .containsEntry("event_id", "d3-1-0")
        .containsEntry("date", "2019-07")
        .containsEntry("date_precision", "month")
        .containsEntry("year", "2019")
        .containsEntry("month", "7")
        .containsEntry("day", null)
        .containsEntry("source_code", "IGOUNO")
        // The contract's country: an international code stands where a country would.
        .containsEntry("source_country", "IGO")
        .containsEntry("source_sectors", "UNO")
        .containsEntry("target_code", "KORGOV")
        .containsEntry("target_country", "KOR")
        .containsEntry("target_sectors", "GOV")
        .containsEntry("cameo_code", "010")
        .containsEntry("cameo_root", "01")
        .containsEntry("plover_type", "AGREE")
        .containsEntry("plover_mode", null)
        .containsEntry("goldstein", "0.0")
        .containsEntry("location_name", "South Korea")
        .containsEntry("location_precision", "country")
        .containsEntry("location_lat", "36.5")
        .containsEntry("sentence_index", "1");
    Map<String, String> visit = rows.get(1);
    assertThat(visit)
        .containsEntry("event_id", "d1-0-0")
        .containsEntry("doc_id", "d1")
        .containsEntry("run_id", RUN)
        .containsEntry("date", "2020-02-12")
        .containsEntry("day", "12")
        .containsEntry("source_text", "Moon")
        .containsEntry("source_code", "KORGOV")
        .containsEntry("source_sectors", "GOV")
        .containsEntry("target_text", "Tokyo")
        .containsEntry("target_code", "JPN")
        .containsEntry("target_sectors", "")
        .containsEntry("cameo_code", "042")
        .containsEntry("cameo_root", "04")
        .containsEntry("cameo_name", "Make a visit")
        .containsEntry("plover_type", "CONSULT")
        .containsEntry("plover_mode", "visit")
        .containsEntry("quad_class", "1")
        .containsEntry("penta_class", "1")
        .containsEntry("goldstein", "1.9")
        .containsEntry("location_name", "Tokyo")
        .containsEntry("location_country", "JPN")
        .containsEntry("location_admin1", "Tokyo")
        .containsEntry("location_lat", "35.69")
        .containsEntry("location_lon", "139.69")
        .containsEntry("location_precision", "city")
        .containsEntry("location_geonames_id", "1850147")
        .containsEntry("modality", "asserted")
        .containsEntry("confidence", "0.8")
        .containsEntry("trigger", "visited")
        .containsEntry("rule", "verb:VISIT")
        .containsEntry("sentence", "Moon visited Tokyo.")
        .containsEntry("url", "https://example.org/d1")
        .containsEntry("outlet", "Example News");
    Map<String, String> negated = rows.get(2);
    assertThat(negated)
        .containsEntry("event_id", "d2-0-0")
        .containsEntry("date", null)
        .containsEntry("year", null)
        .containsEntry("target_code", null)
        .containsEntry("target_sectors", null)
        .containsEntry("cameo_code", "112")
        .containsEntry("modality", "negated")
        // An unresolved place is no location, as in the contract JSON.
        .containsEntry("location_name", null)
        .containsEntry("sentence", AWKWARD);
  }

  @Test
  void csvQuotesPerRfc4180WithCrlfRecords() throws IOException {
    StringWriter w = new StringWriter();
    Exporter.csvLine(w, java.util.Arrays.asList("a", null, "", "x,y", "say \"hi\"", "1\n2", 1.9));
    assertThat(w.toString()).isEqualTo("a,,\"\",\"x,y\",\"say \"\"hi\"\"\",\"1\n2\",1.9\r\n");
  }

  @Test
  void parquetIsPartitionedByYearAndMonthAndReadsBackLikeTheCsv() throws Exception {
    Path out = dir.resolve("parquet");
    Exporter.Result r =
        Exporter.export(store, ExportFormat.PARQUET, ExportFilter.all(), out, false);
    assertThat(r.events()).isEqualTo(3);
    List<String> partitions;
    try (Stream<Path> s = Files.walk(out)) {
      partitions =
          s.filter(p -> p.toString().endsWith(".parquet"))
              .map(p -> out.relativize(p.getParent()).toString().replace('\\', '/'))
              .sorted()
              .toList();
    }
    assertThat(partitions)
        .containsExactly(
            "year=2019/month=7",
            "year=2020/month=2",
            "year=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__");
    List<Map<String, String>> rows =
        query(
            "SELECT * FROM read_parquet('"
                + out
                + "/**/*.parquet', hive_partitioning = true) ORDER BY event_id");
    assertThat(rows).hasSize(3);
    Map<String, String> visit = rows.get(0);
    assertThat(visit)
        .containsEntry("event_id", "d1-0-0")
        .containsEntry("cameo_code", "042")
        .containsEntry("cameo_root", "04")
        .containsEntry("year", "2020")
        .containsEntry("month", "2")
        .containsEntry("goldstein", "1.9")
        .containsEntry("location_geonames_id", "1850147")
        .containsEntry("target_sectors", "");
    assertThat(rows.get(1)).containsEntry("sentence", AWKWARD).containsEntry("year", null);
    assertThat(rows.get(2))
        .containsEntry("cameo_code", "010")
        .containsEntry("source_country", "IGO");
    // Column by column, the same values as the csv export.
    Path csv = export(ExportFormat.CSV, ExportFilter.all(), false);
    List<Map<String, String>> csvRows =
        query(
            "SELECT * FROM read_csv('"
                + csv
                + "', header = true, all_varchar = true, quote = '\"', escape = '\"',"
                + " allow_quoted_nulls = false, parallel = false) ORDER BY event_id");
    assertThat(rows).isEqualTo(csvRows);
    List<Map<String, String>> types =
        query(
            "DESCRIBE SELECT * FROM read_parquet('"
                + out
                + "/**/*.parquet', hive_partitioning = true)");
    Map<String, String> type = new LinkedHashMap<>();
    types.forEach(t -> type.put(t.get("column_name"), t.get("column_type")));
    assertThat(type).containsEntry("cameo_code", "VARCHAR").containsEntry("goldstein", "DOUBLE");
  }

  @Test
  void parquetRefusesAFolderThatIsNotEmpty() throws IOException {
    Path out = Files.createDirectories(dir.resolve("full"));
    Files.writeString(out.resolve("x"), "x");
    assertThatThrownBy(
            () -> Exporter.export(store, ExportFormat.PARQUET, ExportFilter.all(), out, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not empty");
  }

  @Test
  void gdeltHas61TabSeparatedFieldsOnEveryLineAndOnlyAssertedEvents() throws IOException {
    Path out = export(ExportFormat.GDELT, ExportFilter.all(), false);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    Map<String, String> igo = byName(Profiles.GDELT_COLUMNS, List.of(lines.get(0).split("\t", -1)));
    assertThat(igo)
        .containsEntry("GLOBALEVENTID", Profiles.globalEventId("d3-1-0"))
        .containsEntry("SQLDATE", "")
        .containsEntry("MonthYear", "201907")
        .containsEntry("Year", "2019")
        .containsEntry("FractionDate", "")
        .containsEntry("Actor1Code", "IGOUNO")
        .containsEntry("Actor1CountryCode", "")
        .containsEntry("Actor1KnownGroupCode", "UNO")
        .containsEntry("Actor1Type1Code", "IGO")
        .containsEntry("Actor1Type2Code", "")
        .containsEntry("Actor2Code", "KORGOV")
        .containsEntry("IsRootEvent", "0")
        .containsEntry("EventCode", "010")
        .containsEntry("EventBaseCode", "010")
        .containsEntry("EventRootCode", "01")
        .containsEntry("GoldsteinScale", "0")
        .containsEntry("ActionGeo_Type", "1")
        .containsEntry("ActionGeo_FullName", "South Korea, KOR");
    Map<String, String> visit =
        byName(Profiles.GDELT_COLUMNS, List.of(lines.get(1).split("\t", -1)));
    Map<String, String> expected = new LinkedHashMap<>();
    for (String c : Profiles.GDELT_COLUMNS) {
      expected.put(c, "");
    }
    expected.put("GLOBALEVENTID", Profiles.globalEventId("d1-0-0"));
    expected.put("SQLDATE", "20200212");
    expected.put("MonthYear", "202002");
    expected.put("Year", "2020");
    expected.put("FractionDate", Profiles.fractionDate(LocalDate.of(2020, 2, 12)));
    expected.put("Actor1Code", "KORGOV");
    expected.put("Actor1Name", "MOON");
    expected.put("Actor1CountryCode", "KOR");
    expected.put("Actor1Type1Code", "GOV");
    expected.put("Actor2Code", "JPN");
    expected.put("Actor2Name", "TOKYO");
    expected.put("Actor2CountryCode", "JPN");
    expected.put("IsRootEvent", "1");
    expected.put("EventCode", "042");
    expected.put("EventBaseCode", "042");
    expected.put("EventRootCode", "04");
    expected.put("QuadClass", "1");
    expected.put("GoldsteinScale", "1.9");
    expected.put("NumMentions", "1");
    expected.put("NumSources", "1");
    expected.put("NumArticles", "1");
    expected.put("ActionGeo_Type", "4");
    expected.put("ActionGeo_FullName", "Tokyo, JPN");
    expected.put("ActionGeo_Lat", "35.69");
    expected.put("ActionGeo_Long", "139.69");
    expected.put("DATEADDED", "20240501100000");
    expected.put("SOURCEURL", "https://example.org/d1");
    assertThat(visit).isEqualTo(expected);
    assertThat(Profiles.fractionDate(LocalDate.of(2020, 2, 12))).isEqualTo("2020.1148");
  }

  @Test
  void gdeltHeaderAndUnassertedOnRequestKeep61FieldsThroughAwkwardText() throws IOException {
    ExportFilter all =
        new ExportFilter(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            true,
            Optional.empty());
    Path out = export(ExportFormat.GDELT, all, true);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(4);
    assertThat(List.of(lines.get(0).split("\t", -1))).isEqualTo(Profiles.GDELT_COLUMNS);
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    assertThat(lines.get(3))
        .startsWith(Profiles.globalEventId("d2-0-0") + "\t\t\t\t\tKORGOV\tMOON\tKOR");
  }

  @Test
  void phoenixHas26ColumnsWithActorRootsAndAgents() throws IOException {
    Path out = export(ExportFormat.PHOENIX, ExportFilter.all(), true);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(3);
    assertThat(Profiles.PHOENIX_COLUMNS).hasSize(26);
    assertThat(List.of(lines.get(0).split("\t", -1))).isEqualTo(Profiles.PHOENIX_COLUMNS);
    Map<String, String> igo =
        byName(Profiles.PHOENIX_COLUMNS, List.of(lines.get(1).split("\t", -1)));
    assertThat(igo)
        .containsEntry("eid", "d3-1-0")
        .containsEntry("date8", "")
        .containsEntry("year", "2019")
        .containsEntry("month", "7")
        .containsEntry("source", "IGOUNO")
        .containsEntry("src_actor", "IGO")
        .containsEntry("src_agent", "UNO")
        .containsEntry("target", "KORGOV")
        .containsEntry("tgt_actor", "KOR")
        .containsEntry("tgt_agent", "GOV")
        .containsEntry("code", "010")
        .containsEntry("root_code", "01");
    Map<String, String> visit =
        byName(Profiles.PHOENIX_COLUMNS, List.of(lines.get(2).split("\t", -1)));
    assertThat(visit)
        .isEqualTo(
            byName(
                Profiles.PHOENIX_COLUMNS,
                List.of(
                    "d1-0-0",
                    "20200212",
                    "2020",
                    "2",
                    "12",
                    "KORGOV",
                    "KOR",
                    "GOV",
                    "",
                    "JPN",
                    "JPN",
                    "",
                    "",
                    "042",
                    "04",
                    "1",
                    "1.9",
                    "",
                    "35.69",
                    "139.69",
                    "Tokyo",
                    "JPN",
                    "Tokyo",
                    "d1",
                    "https://example.org/d1",
                    "Example News")));
  }

  @Test
  void icewsHas20ColumnsUnderItsHeaderAndFlattensAwkwardText() throws IOException {
    ExportFilter negatedToo =
        new ExportFilter(
            Optional.empty(),
            Optional.empty(),
            List.of(),
            List.of(),
            List.of(),
            List.of("asserted", "negated"),
            false,
            Optional.empty());
    Path out = export(ExportFormat.ICEWS, negatedToo, false);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(4);
    assertThat(List.of(lines.get(0).split("\t", -1))).isEqualTo(Profiles.ICEWS_COLUMNS);
    Map<String, String> visit =
        byName(Profiles.ICEWS_COLUMNS, List.of(lines.get(2).split("\t", -1)));
    assertThat(visit)
        .isEqualTo(
            byName(
                Profiles.ICEWS_COLUMNS,
                List.of(
                    "d1-0-0",
                    "2020-02-12",
                    "Moon",
                    "GOV",
                    "KOR",
                    "Make a visit",
                    "042",
                    "1.9",
                    "Tokyo",
                    "",
                    "JPN",
                    "d1",
                    "1",
                    "Example News",
                    "Tokyo",
                    "",
                    "Tokyo",
                    "JPN",
                    "35.69",
                    "139.69")));
    Map<String, String> country =
        byName(Profiles.ICEWS_COLUMNS, List.of(lines.get(1).split("\t", -1)));
    assertThat(country)
        .containsEntry("City", "")
        .containsEntry("Country", "KOR")
        .containsEntry("Sentence Number", "2");
    assertThat(lines.get(3).split("\t", -1)).hasSize(20);
    assertThat(lines.get(3)).startsWith("d2-0-0\t\tMoon\tGOV\tKOR\tAccuse\t112\t-2");
  }

  @Test
  void ploverRecordsFollowTheManualsFieldNames() throws IOException {
    Path out = export(ExportFormat.PLOVER, ExportFilter.all(), false);
    List<String> lines = lines(out);
    assertThat(lines).hasSize(3);
    Map<String, Object> visit = ContractJson.read(lines.get(1));
    assertThat(visit.keySet())
        .containsExactly(
            "id",
            "date",
            "actor",
            "recipient",
            "event",
            "event_loc",
            "event_text",
            "quad_code",
            "event_scale",
            "mode",
            "context",
            "text",
            "text_info",
            "cite_info",
            "coder",
            "coded_date",
            "comment");
    assertThat(visit)
        .containsEntry("id", "d1-0-0")
        .containsEntry("date", "2020-02-12")
        .containsEntry("event", List.of("CONSULT"))
        .containsEntry("mode", List.of("visit"))
        .containsEntry("context", List.of())
        .containsEntry("quad_code", 1)
        .containsEntry("event_scale", 1.9)
        .containsEntry("event_text", List.of("visited"))
        .containsEntry("coded_date", "2024-05-01");
    assertThat(visit.get("actor"))
        .isEqualTo(
            List.of(
                Map.of(
                    "code",
                    "KOR",
                    "sector",
                    "GOV",
                    "entity_text",
                    "Moon",
                    "cameo_code",
                    "KORGOV")));
    @SuppressWarnings("unchecked")
    Map<String, Object> loc = (Map<String, Object>) visit.get("event_loc");
    assertThat(loc)
        .containsEntry("extracted_place", "Tokyo")
        .containsEntry("geonameid", 1850147)
        .containsEntry("city", "Tokyo")
        .containsEntry("country_code", "JPN")
        .containsEntry("resolution", 4);
    Map<String, Object> negated = ContractJson.read(lines.get(2));
    assertThat(negated)
        .containsEntry("context", List.of("negation"))
        .containsEntry("recipient", List.of())
        .containsEntry("event_loc", null)
        .containsEntry("text", AWKWARD);
  }

  @Test
  void filtersChooseByDateCountryCameoAndModality() {
    assertThat(
            ids(
                ExportFormat.JSONL,
                filter(LocalDate.of(2020, 1, 1), null, List.of(), List.of(), List.of())))
        .containsExactly("d1-0-0");
    // A month date overlaps a range that starts or ends inside it.
    assertThat(
            ids(
                ExportFormat.JSONL,
                filter(
                    LocalDate.of(2019, 7, 31),
                    LocalDate.of(2019, 8, 1),
                    List.of(),
                    List.of(),
                    List.of())))
        .containsExactly("d3-1-0");
    assertThat(
            ids(
                ExportFormat.JSONL,
                filter(null, LocalDate.of(2019, 6, 30), List.of(), List.of(), List.of())))
        .isEmpty();
    assertThat(ids(ExportFormat.JSONL, filter(null, null, List.of("jpn"), List.of(), List.of())))
        .containsExactly("d1-0-0");
    assertThat(ids(ExportFormat.JSONL, filter(null, null, List.of("KOR"), List.of(), List.of())))
        .containsExactly("d3-1-0", "d1-0-0", "d2-0-0");
    assertThat(
            ids(ExportFormat.JSONL, filter(null, null, List.of(), List.of("04", "11"), List.of())))
        .containsExactly("d1-0-0", "d2-0-0");
    assertThat(
            ids(ExportFormat.GDELT, filter(null, null, List.of(), List.of("04", "11"), List.of())))
        .containsExactly("d1-0-0");
    assertThat(ids(ExportFormat.JSONL, filter(null, null, List.of(), List.of(), List.of("01"))))
        .containsExactly("d3-1-0");
    assertThat(
            ids(
                ExportFormat.GDELT,
                new ExportFilter(
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("negated"),
                    false,
                    Optional.empty())))
        .containsExactly("d2-0-0");
  }

  @Test
  void filterValuesAreCheckedAndNeverBecomeSql() {
    assertThatThrownBy(() -> filter(null, null, List.of("KOR' OR 1=1 --"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("country");
    assertThatThrownBy(() -> filter(null, null, List.of(), List.of("4"), List.of()))
        .hasMessageContaining("CAMEO root");
    assertThatThrownBy(
            () ->
                filter(
                    LocalDate.of(2021, 1, 1),
                    LocalDate.of(2020, 1, 1),
                    List.of(),
                    List.of(),
                    List.of()))
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () ->
                new ExportFilter(
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of("maybe"),
                    false,
                    Optional.empty()))
        .hasMessageContaining("modality");
    List<Object> parameters = new ArrayList<>();
    String where =
        filter(LocalDate.of(2020, 1, 1), null, List.of("KOR"), List.of("04"), List.of("042"))
            .where(ExportFormat.GDELT, parameters);
    assertThat(where).doesNotContain("KOR", "2020", "042");
    assertThat(parameters)
        .containsExactly("2020-01-01", "KOR", "KOR", "KOR", "04", 3, "042", "asserted");
  }

  @Test
  void aSectorOnlyActorHasNoCountryInAnyProfile() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("text", "a presidential aide");
    source.put("code", "GOV");
    source.put("country", null);
    source.put("sectors", List.of("GOV"));
    Map<String, Object> event = new LinkedHashMap<>(store.findEvent("d1-0-0").orElseThrow());
    event.put("source", source);
    EventRow row =
        new EventRow(
            "{}", event, Optional.empty(), Optional.empty(), Optional.empty(), new int[] {1, 1, 1});
    assertThat(Profiles.plover(row).get("actor"))
        .isEqualTo(List.of(java.util.Collections.unmodifiableMap(ploverActor())));
    Map<String, String> gdelt = byName(Profiles.GDELT_COLUMNS, Profiles.gdelt(row));
    assertThat(gdelt)
        .containsEntry("Actor1Code", "GOV")
        .containsEntry("Actor1CountryCode", "")
        .containsEntry("Actor1Type1Code", "GOV")
        .containsEntry("DATEADDED", "")
        .containsEntry("SOURCEURL", "");
    Map<String, String> phoenix = byName(Profiles.PHOENIX_COLUMNS, Profiles.phoenix(row));
    assertThat(phoenix).containsEntry("src_actor", "GOV").containsEntry("src_agent", "");
    assertThat(byName(Profiles.ICEWS_COLUMNS, Profiles.icews(row)))
        .containsEntry("Source Country", "");
  }

  private static Map<String, Object> ploverActor() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", null);
    m.put("sector", "GOV");
    m.put("entity_text", "a presidential aide");
    m.put("cameo_code", "GOV");
    return m;
  }

  private static ExportFilter filter(
      LocalDate since,
      LocalDate until,
      List<String> countries,
      List<String> roots,
      List<String> codes) {
    return new ExportFilter(
        Optional.ofNullable(since),
        Optional.ofNullable(until),
        countries,
        roots,
        codes,
        List.of(),
        false,
        Optional.empty());
  }

  private List<String> ids(ExportFormat format, ExportFilter filter) {
    List<String> ids = new ArrayList<>();
    Exporter.each(store, format, filter, row -> ids.add(row.string("event_id")));
    return ids;
  }

  @Test
  void gdeltEventIdsArePositiveIntegersStableForAnEvent() {
    assertThat(Profiles.globalEventId("8000000000000001")).isEqualTo("4611686018427387904");
    assertThat(Long.parseLong(Profiles.globalEventId("ffffffffffffffff"))).isPositive();
    assertThat(Profiles.globalEventId("d1-0-0")).isEqualTo(Profiles.globalEventId("d1-0-0"));
    assertThat(Profiles.globalEventId("d1-0-0")).matches("\\d+");
  }

  @Test
  void gdeltCountsMentionsSourcesAndArticlesFromTheEventsCluster() throws IOException {
    org.parley.store.cluster.Clusterer.rebuild(store, RUN);
    Path out = export(ExportFormat.GDELT, ExportFilter.all(), false);
    for (String line : lines(out)) {
      Map<String, String> row = byName(Profiles.GDELT_COLUMNS, List.of(line.split("\t", -1)));
      // Each fixture event is the only report of its occurrence: a cluster of one.
      assertThat(row.get("NumMentions")).isEqualTo("1");
      assertThat(row.get("NumSources")).isEqualTo("1");
      assertThat(row.get("NumArticles")).isEqualTo("1");
    }
    long clustered =
        store.reading(
            "count members",
            c -> {
              try (var st = c.createStatement();
                  var r = st.executeQuery("SELECT count(*) FROM cluster_members")) {
                r.next();
                return r.getLong(1);
              }
            });
    assertThat(clustered).isPositive();
    // The numbers are the cluster's: a cluster said to have 3 reports from 2 outlets shows them.
    store.inTransaction(
        "set counts",
        c -> {
          try (var st = c.createStatement()) {
            return st.executeUpdate(
                "UPDATE clusters SET num_mentions = 3, num_sources = 2, num_articles = 2");
          }
        });
    for (String line : lines(export(ExportFormat.GDELT, ExportFilter.all(), false))) {
      Map<String, String> row = byName(Profiles.GDELT_COLUMNS, List.of(line.split("\\t", -1)));
      assertThat(row.get("NumMentions")).isEqualTo("3");
      assertThat(row.get("NumSources")).isEqualTo("2");
      assertThat(row.get("NumArticles")).isEqualTo("2");
    }
  }
}
