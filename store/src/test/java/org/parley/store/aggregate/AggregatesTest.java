package org.parley.store.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.store.Fixtures;
import org.parley.store.Store;
import org.parley.store.aggregate.Aggregates.CountFor;
import org.parley.store.aggregate.Aggregates.Period;
import org.parley.store.aggregate.Aggregates.Query;
import org.parley.store.aggregate.Aggregates.Scheme;
import org.parley.store.aggregate.Aggregates.Unit;
import org.parley.store.cluster.Clusterer;

class AggregatesTest {
  Store store;

  static Event ev(
      String doc, int n, String src, String tgt, String code, String date, double g, int quad) {
    return Fixtures.event(doc, n, 0, src, tgt, code, date, Modality.ASSERTED, null, g, quad, quad);
  }

  /** Where each test's store lives: DuckDB in memory here, PostgreSQL in {@code AggregatesPgIT}. */
  protected String newLocation() {
    return Store.IN_MEMORY;
  }

  @BeforeEach
  void fill() {
    store = Store.open(newLocation());
    write(
        Fixtures.document(
            Fixtures.article("x", "Outlet A", "2019-02-28"),
            List.of(
                ev("x", 0, "USAGOV", "PRK", "042", "2019-02-27", 1.9, 1),
                ev("x", 1, "USA", "PRK", "190", "2019-02-27", -10, 4),
                ev("x", 2, "USA", "PRK", "042", "2019-03-01", 1.9, 1),
                ev("x", 3, "PRK", "USA", "111", "2019-02-28", -2, 3),
                ev("x", 4, "USA", "PRK", "042", "2019-01", 1.9, 1),
                ev("x", 5, "USA", "PRK", "042", "2018", 1.9, 1),
                Fixtures.event(
                    "x",
                    6,
                    0,
                    "USA",
                    "PRK",
                    "042",
                    "2019-02-27",
                    Modality.HYPOTHETICAL,
                    null,
                    1.9,
                    1,
                    1))));
    write(
        Fixtures.document(
            Fixtures.article("y", "Outlet B", "2019-02-27"),
            // no date of its own: the publication date
            List.of(ev("y", 0, "USA", "PRK", "042", null, 1.9, 1))));
  }

  void write(CodedDocument doc) {
    store.writeDocument(doc, "r1");
    store.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), "r1");
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Query query(Period by, Unit unit, boolean dyad, CountFor countFor) {
    return new Query(by, unit, Scheme.QUAD, dyad, countFor, Optional.empty(), Optional.empty());
  }

  static String csv(Aggregates.Table table) {
    StringWriter out = new StringWriter();
    Aggregates.writeCsv(table, out);
    return out.toString();
  }

  @Test
  void eventsByDayAndDyadOnADenseSpine() {
    Aggregates.Table t =
        Aggregates.compute(store, query(Period.DAY, Unit.EVENTS, true, CountFor.SOURCE));

    assertThat(csv(t))
        .isEqualTo(
            """
            period,source,target,count,goldstein_sum,goldstein_mean,quad_1,quad_2,quad_3,quad_4
            2019-02-27,PRK,USA,0,0,,0,0,0,0
            2019-02-27,USA,PRK,3,-6.2,-2.0667,2,0,0,1
            2019-02-28,PRK,USA,1,-2,-2,0,0,1,0
            2019-02-28,USA,PRK,0,0,,0,0,0,0
            2019-03-01,PRK,USA,0,0,,0,0,0,0
            2019-03-01,USA,PRK,1,1.9,1.9,1,0,0,0
            """);
    // The month and year dates do not fit days.
    assertThat(t.counted()).isEqualTo(5);
    assertThat(t.leftOut()).isEqualTo(2);
  }

  @Test
  void monthsTakeMonthDatesAndSinceUntilBoundTheSpine() {
    Aggregates.Table t =
        Aggregates.compute(
            store,
            new Query(
                Period.MONTH,
                Unit.EVENTS,
                Scheme.PENTA,
                false,
                CountFor.SOURCE,
                Optional.of(LocalDate.of(2018, 12, 15)),
                Optional.of(LocalDate.of(2019, 3, 31))));

    assertThat(csv(t))
        .isEqualTo(
            """
            period,country,count,goldstein_sum,goldstein_mean,penta_0,penta_1,penta_2,penta_3,penta_4
            2018-12-01,PRK,0,0,,0,0,0,0,0
            2018-12-01,USA,0,0,,0,0,0,0,0
            2019-01-01,PRK,0,0,,0,0,0,0,0
            2019-01-01,USA,1,1.9,1.9,0,1,0,0,0
            2019-02-01,PRK,1,-2,-2,0,0,0,1,0
            2019-02-01,USA,3,-6.2,-2.0667,0,2,0,0,1
            2019-03-01,PRK,0,0,,0,0,0,0,0
            2019-03-01,USA,1,1.9,1.9,0,1,0,0,0
            """);
    assertThat(t.leftOut()).isEqualTo(1);
  }

  @Test
  void weeksStartOnMonday() {
    Aggregates.Table t =
        Aggregates.compute(store, query(Period.WEEK, Unit.EVENTS, false, CountFor.TARGET));
    // 2019-02-27 is a Wednesday: its week starts on the 25th; 2019-03-01 is in the same week.
    assertThat(t.rows())
        .extracting(r -> r.period() + " " + r.key() + " " + r.count())
        .containsExactly("2019-02-25 [PRK] 4", "2019-02-25 [USA] 1");
  }

  @Test
  void clustersCountOccurrencesOnce() {
    Clusterer.update(store, "r1");
    Aggregates.Table t =
        Aggregates.compute(store, query(Period.DAY, Unit.CLUSTERS, true, CountFor.SOURCE));
    // x-0 and y-0 (USA-PRK 042 on the 27th, two outlets) are one cluster; 190 another.
    assertThat(csv(t))
        .isEqualTo(
            """
            period,source,target,count,goldstein_sum,goldstein_mean,quad_1,quad_2,quad_3,quad_4
            2019-02-27,PRK,USA,0,0,,0,0,0,0
            2019-02-27,USA,PRK,2,-8.1,-4.05,1,0,0,1
            2019-02-28,PRK,USA,1,-2,-2,0,0,1,0
            2019-02-28,USA,PRK,0,0,,0,0,0,0
            2019-03-01,PRK,USA,0,0,,0,0,0,0
            2019-03-01,USA,PRK,1,1.9,1.9,1,0,0,0
            """);
    assertThat(t.leftOut()).isEqualTo(2);
  }
}
