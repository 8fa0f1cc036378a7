package org.parley.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.model.Place;
import org.parley.store.Fixtures;
import org.parley.store.Store;

class ClustererTest {
  static final Place HANOI = Fixtures.place("Hanoi", "VNM", 1581130L);
  static final Place HANOI_BY_NAME = Fixtures.place("Hanoi", "VNM", null);
  static final Place SAIGON = Fixtures.place("Ho Chi Minh City", "VNM", 1566083L);

  Store store;

  @BeforeEach
  void open() {
    store = Store.open(newLocation());
  }

  /** Where each test's store lives: DuckDB in memory here, PostgreSQL in {@code ClustererPgIT}. */
  protected String newLocation() {
    return Store.IN_MEMORY;
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** As a coding run stores an article: its events, then the article with its status. */
  static void write(Store store, CodedDocument doc, String run) {
    store.writeDocument(doc, run);
    store.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), run);
  }

  static Event ev(
      String doc, int ordinal, String src, String tgt, String code, String date, Place p) {
    return Fixtures.event(doc, ordinal, 0, src, tgt, code, date, Modality.ASSERTED, p, 1.9, 1, 1);
  }

  /** Five articles about the Hanoi summit and its surroundings, two outlets. */
  static List<CodedDocument> hanoi() {
    return List.of(
        Fixtures.document(
            Fixtures.article("a", "Outlet A", "2019-02-28"),
            List.of(
                ev("a", 0, "USAGOV", "PRK", "042", "2019-02-27", HANOI),
                // another occurrence: different code branch
                ev("a", 1, "USAGOV", "PRK", "043", "2019-02-27", HANOI),
                // not asserted: never clustered
                Fixtures.event(
                    "a",
                    2,
                    0,
                    "USA",
                    "PRK",
                    "042",
                    "2019-02-27",
                    Modality.HYPOTHETICAL,
                    null,
                    1.9,
                    1,
                    1))),
        Fixtures.document(
            Fixtures.article("b", "Outlet B", "2019-03-01"),
            List.of(
                ev("b", 0, "USA", "PRK", "04", "2019-02-28", null),
                // other sector: its own cluster
                ev("b", 1, "USAMIL", "PRK", "042", "2019-02-28", null),
                // too late for a day date
                ev("b", 2, "USA", "PRK", "042", "2019-03-02", null))),
        Fixtures.document(
            Fixtures.article("c", "Outlet A", "2019-03-05"),
            // month date of February, place by country and name
            List.of(ev("c", 0, "USA", "PRK", "042", "2019-02", HANOI_BY_NAME))),
        Fixtures.document(
            Fixtures.article("d", "Outlet B", "2019-02-27"),
            // no date of its own: the article's publication date; but another city
            List.of(ev("d", 0, "USA", "PRK", "042", null, SAIGON))),
        Fixtures.document(
            Fixtures.article("e", null, null),
            // no date at all: never clustered
            List.of(ev("e", 0, "USA", "PRK", "042", null, null))));
  }

  /** cluster id -> member event ids in order, with created and updated runs. */
  Map<String, List<String>> clusters() {
    return store.reading(
        "read clusters",
        c -> {
          Map<String, List<String>> out = new TreeMap<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT m.cluster_id, m.event_id FROM cluster_members m "
                          + "ORDER BY m.cluster_id, m.ordinal");
              ResultSet r = ps.executeQuery()) {
            while (r.next()) {
              out.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
            }
          }
          return out;
        });
  }

  @Test
  void hanoiReportsFormOneClusterAcrossOutlets() {
    hanoi().forEach(d -> write(store, d, "r1"));

    Clusterer.Result result = Clusterer.update(store, "r1");

    assertThat(clusters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "C-c-0-0", List.of("c-0-0", "a-0-0", "b-0-0"),
                "C-a-0-1", List.of("a-0-1"),
                "C-b-0-2", List.of("b-0-2"),
                // USAMIL (no place) fits the undated report in Ho Chi Minh City published on the
                // 27th, not the USAGOV members of the Hanoi cluster
                "C-d-0-0", List.of("d-0-0", "b-0-1")));
    assertThat(result.created()).isEqualTo(4);
    assertThat(result.joined()).isEqualTo(3);
    assertThat(result.undated()).isEqualTo(1);
    assertThat(result.pending()).isEqualTo(8);
    assertThat(result.clusters()).isEqualTo(4);

    Clusters.Detail hanoi = Clusters.find(store, "C-c-0-0").orElseThrow();
    Clusters.Summary s = hanoi.summary();
    assertThat(s.dyad()).isEqualTo("USA-PRK");
    assertThat(s.cameoCode()).isEqualTo("042");
    assertThat(s.cameoRoot()).isEqualTo("04");
    assertThat(s.dateFrom()).isEqualTo(LocalDate.of(2019, 2, 27));
    assertThat(s.dateTo()).isEqualTo(LocalDate.of(2019, 2, 28));
    assertThat(s.earliestReport()).contains("2019-02-28");
    assertThat(s.numMentions()).isEqualTo(3);
    assertThat(s.numArticles()).isEqualTo(3);
    assertThat(s.numSources()).isEqualTo(2);
    assertThat(s.locationName()).contains("Hanoi");
    assertThat(s.firstEventId()).isEqualTo("c-0-0");
    assertThat(s.createdRun()).isEqualTo("r1");
    assertThat(hanoi.members())
        .extracting(Clusters.Member::reason)
        .containsExactly(
            "first report: USA-PRK 042 2019-02, place Hanoi",
            "same dyad USA-PRK ~ USA/GOV-PRK, code 042 = 042, dates 2019-02/2019-02-27 overlap,"
                + " place Hanoi = Hanoi (VNM)",
            "same dyad USA-PRK, code 04 ~ 042, dates 2019-02/2019-02-28 overlap, place Hanoi ~ unknown");
    assertThat(hanoi.members())
        .extracting(Clusters.Member::outlet)
        .extracting(o -> o.orElse(null))
        .containsExactly("Outlet A", "Outlet A", "Outlet B");
    assertThat(Clusters.list(store, 2, 10))
        .extracting(Clusters.Summary::clusterId)
        .containsExactly("C-c-0-0", "C-d-0-0");
  }

  @Test
  void sameMembershipAndIdsWhateverTheWritingOrder() {
    List<CodedDocument> docs = new ArrayList<>(hanoi());
    docs.forEach(d -> write(store, d, "r1"));
    Clusterer.update(store, "r1");
    Map<String, List<String>> forward = clusters();

    try (Store other = Store.open(newLocation())) {
      java.util.Collections.reverse(docs);
      docs.forEach(d -> write(other, d, "r1"));
      Clusterer.update(other, "r1");
      Store keep = store;
      store = other;
      assertThat(clusters()).isEqualTo(forward);
      store = keep;
    }
    Clusterer.rebuild(store, "r2");
    assertThat(clusters()).isEqualTo(forward);
  }

  @Test
  void laterRunsJoinExistingClustersAndRecodingReplacesMemberships() {
    List<CodedDocument> docs = hanoi();
    write(store, docs.get(0), "r1");
    Clusterer.update(store, "r1");
    assertThat(clusters()).containsEntry("C-a-0-0", List.of("a-0-0"));

    write(store, docs.get(1), "r2");
    Clusterer.Result second = Clusterer.update(store, "r2");
    assertThat(second.joined()).isEqualTo(1);
    assertThat(second.dissolved()).isZero();
    assertThat(clusters()).containsEntry("C-a-0-0", List.of("a-0-0", "b-0-0"));
    Clusters.Summary s = Clusters.find(store, "C-a-0-0").orElseThrow().summary();
    assertThat(s.createdRun()).isEqualTo("r1");
    assertThat(s.updatedRun()).isEqualTo("r2");
    assertThat(s.numSources()).isEqualTo(2);

    // Article b re-coded: its 04 is now a 043, which does not belong with the 042.
    write(
        store,
        Fixtures.document(
            Fixtures.article("b", "Outlet B", "2019-03-01"),
            List.of(ev("b", 0, "USA", "PRK", "043", "2019-02-28", null))),
        "r3");
    Clusterer.Result third = Clusterer.update(store, "r3");
    assertThat(third.dissolved()).isGreaterThanOrEqualTo(1);
    assertThat(clusters())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "C-a-0-0", List.of("a-0-0"),
                "C-a-0-1", List.of("a-0-1", "b-0-0")));
    // No member without its event.
    long dangling =
        store.reading(
            "dangling",
            c -> {
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT count(*) FROM cluster_members m WHERE NOT EXISTS "
                              + "(SELECT 1 FROM events e WHERE e.event_id = m.event_id)");
                  ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
              }
            });
    assertThat(dangling).isZero();
    assertThat(Clusters.find(store, "C-a-0-0").orElseThrow().summary().numMentions()).isEqualTo(1);
    assertThat(store.count("clusters")).isEqualTo(2);
  }

  @Test
  void updatingTwiceChangesNothing() {
    hanoi().forEach(d -> write(store, d, "r1"));
    Clusterer.update(store, "r1");
    Map<String, List<String>> once = clusters();
    Clusterer.update(store, "r1");
    assertThat(clusters()).isEqualTo(once);
    Clusterer.Result none = Clusterer.update(store, "r2");
    assertThat(none.created() + none.joined() + none.dissolved()).isZero();
    assertThat(clusters()).isEqualTo(once);
  }
}
