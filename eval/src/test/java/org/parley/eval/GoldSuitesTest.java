package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Diagnostic;
import org.parley.ontology.DataPack;

/** Reads the real suites of the data pack (surefire passes its location as parley.data). */
class GoldSuitesTest {
  private static DataPack pack() {
    return DataPack.at(
        Path.of(System.getProperty("parley.data", "../../shared/data")), Optional.empty());
  }

  @Test
  void everySuiteReadsWithTheRecordCountsTheReadmeGives() {
    List<Diagnostic> problems = new ArrayList<>();
    assertThat(GoldSuites.read(pack(), Suite.PETRARCH_UNIT_TESTS, problems::add)).hasSize(284);
    assertThat(GoldSuites.read(pack(), Suite.UNIVERSALPETRARCH_GSR, problems::add)).hasSize(78);
    assertThat(GoldSuites.read(pack(), Suite.PLOVER_GSR, problems::add)).hasSize(322);
    assertThat(GoldSuites.read(pack(), Suite.CAMEO_MANUAL_EXAMPLES, problems::add)).hasSize(452);
    assertThat(problems).allMatch(d -> d.severity() == Diagnostic.Severity.WARNING);
  }

  @Test
  void theCameoManualsNotesAreNotScored() {
    GoldSuites.SuiteData data = GoldSuites.load(pack(), Suite.CAMEO_MANUAL_EXAMPLES, d -> {});
    int notes = data.skipped().get(GoldSuites.NOTE_REASON);
    assertThat(data.records().size() + notes).isEqualTo(452);
    assertThat(notes).isBetween(50, 70);
    assertThat(data.records()).noneMatch(r -> r.text().startsWith("Note"));
  }

  @Test
  void petrarchRecordsKeepTheirOptionsAndExpectations() {
    List<GoldRecord> records = GoldSuites.read(pack(), Suite.PETRARCH_UNIT_TESTS, d -> {});
    GoldRecord demo = records.get(0);
    assertThat(demo.id()).isEqualTo("DEMO-00");
    assertThat(demo.expected()).containsExactly(new GoldEvent("ARN", "GON", "064"));
    assertThat(demo.flag("require_dyad", false)).isTrue();
    assertThat(demo.parse()).hasValueSatisfying(p -> assertThat(p).startsWith("(ROOT"));
    assertThat(records.stream().filter(r -> r.expectedError().isPresent())).hasSize(7);
  }

  @Test
  void ploverActorsMarkedSourceAndTargetCountAsBoth() {
    List<GoldRecord> records = GoldSuites.read(pack(), Suite.PLOVER_GSR, d -> {});
    GoldRecord agree = records.get(0);
    assertThat(agree.plover()).isPresent();
    assertThat(agree.plover().get().type()).isEqualTo("AGREE");
    assertThat(agree.plover().get().sources()).allMatch(GoldRecord.GoldActor::alsoTarget);
  }

  @Test
  void ploverCountryCodesThatAreNoIsoCodeAreReadAsTheCountryNamedAndSaid() {
    List<Diagnostic> problems = new ArrayList<>();
    List<GoldRecord> records = GoldSuites.read(pack(), Suite.PLOVER_GSR, problems::add);
    assertThat(records)
        .flatExtracting(r -> r.plover().get().sources())
        .extracting(GoldRecord.GoldActor::code)
        .doesNotContain("JAP", "ITL", "VTN")
        .contains("JPN", "ITA", "VNM");
    assertThat(problems)
        .extracting(Diagnostic::reason)
        .contains("source 'Japan' coded JAP: read as JPN");
  }

  @Test
  void anUnreadableLineIsReportedWithItsLineAndTheRestAreRead(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("suite.jsonl");
    Files.writeString(
        f,
        "{\"id\": \"A\", \"text\": \"Arnor met Gondor.\", \"expected_events\": []}\n"
            + "{not json\n"
            + "{\"id\": \"B\", \"text\": \"Gondor met Arnor.\", \"date\": \"19950101\"}\n");
    List<Diagnostic> problems = new ArrayList<>();
    List<GoldRecord> records = GoldSuites.readPetrarch(f, false, problems::add);
    assertThat(records).extracting(GoldRecord::id).containsExactly("A", "B");
    assertThat(problems).singleElement().satisfies(d -> assertThat(d.located()).contains("line 2"));
  }
}
