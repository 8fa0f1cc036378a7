package org.parley.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Diagnostic;
import org.parley.store.Fixtures;

class ContractMapsTest {
  private final CodedDocument doc = Fixtures.document("d1");

  @Test
  void eventHasTheContractFieldsInOrder() {
    Map<String, Object> m = ContractMaps.event(doc.events().get(0), "run-1");
    assertThat(m.keySet())
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
    assertThat(m.get("cameo_code")).isEqualTo("042");
    assertThat(m.get("cameo_root")).isEqualTo("04");
    assertThat(m.get("date_precision")).isEqualTo("day");
    assertThat(m.get("modality")).isEqualTo("asserted");
    assertThat(ContractJson.write(m.get("source")))
        .isEqualTo(
            "{\"text\":\"Moon\",\"span\":[0,4],\"code\":\"KORGOV\",\"country\":\"KOR\","
                + "\"sectors\":[\"GOV\"],\"resolved_by\":\"dictionary\"}");
    assertThat(ContractJson.write(m.get("location")))
        .isEqualTo(
            "{\"name\":\"Tokyo\",\"country\":\"JPN\",\"lat\":35.69,\"lon\":139.69,\"span\":[13,18],"
                + "\"reason\":\"object of visit\",\"admin1\":\"Tokyo\",\"geonames_id\":1850147,"
                + "\"precision\":\"city\",\"geo_reason\":\"city in JPN, Tokyo, pop 8.3M\"}");
    assertThat(ContractJson.write(m.get("evidence")))
        .isEqualTo(
            "{\"trigger\":\"visited\",\"span\":[5,12],\"rule\":\"verb:VISIT\",\"entries\":"
                + "[\"CAMEO.verbpatterns.txt:12 VISIT\",\"Phoenix.Countries.actors.txt:39559 MOON_JAE-IN_\"],"
                + "\"modality_cues\":[]}");
  }

  @Test
  void quoteWithoutSpeakerKeepsTheSpeakerObjectWithNullMembers() {
    var q = doc.quotes().get(0);
    var anonymous =
        new org.parley.model.Quote(
            q.quoteId(),
            q.docId(),
            q.text(),
            q.span(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    Map<String, Object> m = ContractMaps.quote(anonymous);
    assertThat(m.keySet())
        .containsExactly("quote_id", "doc_id", "text", "span", "speaker", "cue", "event_id");
    assertThat(ContractJson.write(m.get("speaker")))
        .isEqualTo("{\"text\":null,\"span\":null,\"code\":null}");
  }

  @Test
  void articleCarriesStatusLabelAndLocatedDiagnostics() {
    Map<String, Object> m =
        ContractMaps.article(
            doc.article(),
            ArticleStatus.duplicateOf("d0"),
            List.of(Diagnostic.warning("seeds/d1.txt", "line 3", "no dateline")));
    assertThat(m.keySet())
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
    assertThat(m.get("status")).isEqualTo("duplicate");
    assertThat(m.get("duplicate_of")).isEqualTo("d0");
    assertThat(m.get("diagnostics")).isEqualTo(List.of("seeds/d1.txt:line 3: no dateline"));
    assertThat(ContractMaps.article(doc.article(), ArticleStatus.skipped("empty body"), List.of()))
        .containsEntry("status", "skipped: empty body")
        .containsEntry("duplicate_of", null);
  }

  @Test
  void mentionWithoutCodeHasNullCodeAndNoSectors() {
    var tokyo = doc.mentions().get(1);
    var unresolved =
        new org.parley.model.ActorMention(
            tokyo.docId(),
            tokyo.sentence(),
            tokyo.startToken(),
            tokyo.endToken(),
            tokyo.head(),
            tokyo.text(),
            tokyo.span(),
            tokyo.kind(),
            java.util.Optional.empty(),
            org.parley.model.ResolvedBy.NONE,
            List.of(),
            "no entry");
    assertThat(ContractJson.write(ContractMaps.mention(unresolved)))
        .isEqualTo(
            "{\"doc_id\":\"d1\",\"sentence_index\":0,\"text\":\"Tokyo\",\"span\":[13,18],\"kind\":\"place\","
                + "\"code\":null,\"country\":null,\"sectors\":[],\"resolved_by\":\"none\",\"entry\":null,"
                + "\"entries\":[],\"reason\":\"no entry\"}");
  }
}
