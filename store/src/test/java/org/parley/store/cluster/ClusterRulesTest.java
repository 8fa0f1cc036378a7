package org.parley.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.store.cluster.ClusterEvent.DateRange;
import org.parley.store.cluster.ClusterEvent.PlaceKey;

class ClusterRulesTest {
  static ClusterEvent ev(
      String source, Set<String> sectors, String target, String code, String date, PlaceKey place) {
    DateRange range = DateRange.of(date).orElseThrow();
    return new ClusterEvent(
        "e-" + code + "-" + date,
        "d",
        Optional.of("Outlet"),
        Optional.of("2019-03-01"),
        0,
        "s",
        source,
        sectors,
        target,
        Set.of(),
        code,
        code.substring(0, 2),
        range,
        date,
        date.length() == 10,
        Optional.ofNullable(place),
        1.0,
        1,
        1,
        0.8);
  }

  static final PlaceKey HANOI = new PlaceKey("Hanoi", Optional.of("VNM"), Optional.of(1581130L));

  @Test
  void codesOnOneBranchOfTheSameRoot() {
    assertThat(ClusterRules.codesCompatible("04", "042")).isTrue();
    assertThat(ClusterRules.codesCompatible("0421", "042")).isTrue();
    assertThat(ClusterRules.codesCompatible("04", "0421")).isTrue();
    assertThat(ClusterRules.codesCompatible("042", "042")).isTrue();
    assertThat(ClusterRules.codesCompatible("042", "043")).isFalse();
    assertThat(ClusterRules.codesCompatible("040", "042")).isFalse();
    assertThat(ClusterRules.codesCompatible("04", "03")).isFalse();
    assertThat(ClusterRules.codesCompatible("042", "03")).isFalse();
  }

  @Test
  void sectorsEqualOrOneSideEmpty() {
    assertThat(ClusterRules.sectorsCompatible(Set.of(), Set.of("GOV"))).isTrue();
    assertThat(ClusterRules.sectorsCompatible(Set.of("GOV", "MIL"), Set.of("MIL", "GOV"))).isTrue();
    assertThat(ClusterRules.sectorsCompatible(Set.of("GOV"), Set.of("MIL"))).isFalse();
    assertThat(ClusterRules.sectorsCompatible(Set.of("GOV"), Set.of("GOV", "MIL"))).isFalse();
  }

  @Test
  void datesByPrecision() {
    ClusterEvent day = ev("USA", Set.of(), "PRK", "042", "2019-02-27", null);
    assertThat(
            ClusterRules.compare(day, ev("USA", Set.of(), "PRK", "042", "2019-02-28", null)).ok())
        .isTrue();
    assertThat(
            ClusterRules.compare(day, ev("USA", Set.of(), "PRK", "042", "2019-03-01", null)).ok())
        .isFalse();
    assertThat(ClusterRules.compare(day, ev("USA", Set.of(), "PRK", "042", "2019-02", null)).ok())
        .isTrue();
    assertThat(ClusterRules.compare(day, ev("USA", Set.of(), "PRK", "042", "2019-03", null)).ok())
        .isFalse();
    assertThat(ClusterRules.compare(day, ev("USA", Set.of(), "PRK", "042", "2019", null)).ok())
        .isTrue();
    // Month dates: same month only, not the adjacent one (no 1-day tolerance across months).
    ClusterEvent feb = ev("USA", Set.of(), "PRK", "042", "2019-02", null);
    assertThat(ClusterRules.compare(feb, ev("USA", Set.of(), "PRK", "042", "2019-03", null)).ok())
        .isFalse();
    assertThat(
            ClusterRules.compare(feb, ev("USA", Set.of(), "PRK", "042", "2019-03-01", null)).ok())
        .isFalse();
    assertThat(DateRange.of("2020-02").orElseThrow())
        .isEqualTo(new DateRange(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
    assertThat(DateRange.of("2019-13")).isEmpty();
  }

  @Test
  void placesUnknownOrSame() {
    ClusterEvent hanoi = ev("USA", Set.of(), "PRK", "042", "2019-02-27", HANOI);
    PlaceKey byName = new PlaceKey("hanoi", Optional.of("VNM"), Optional.empty());
    PlaceKey saigon = new PlaceKey("Ho Chi Minh City", Optional.of("VNM"), Optional.of(1566083L));
    assertThat(
            ClusterRules.compare(hanoi, ev("USA", Set.of(), "PRK", "042", "2019-02-27", null)).ok())
        .isTrue();
    assertThat(
            ClusterRules.compare(hanoi, ev("USA", Set.of(), "PRK", "042", "2019-02-27", byName))
                .ok())
        .isTrue();
    assertThat(ClusterRules.compare(hanoi, ev("USA", Set.of(), "PRK", "042", "2019-02-27", saigon)))
        .isEqualTo(new ClusterRules.Match(false, "place Hanoi is not Ho Chi Minh City"));
  }

  @Test
  void dyadIsDirectedAndReasonsNameTheEvidence() {
    ClusterEvent a = ev("USA", Set.of("GOV"), "PRK", "04", "2019-02-27", HANOI);
    ClusterEvent b = ev("USA", Set.of(), "PRK", "042", "2019-02-28", HANOI);
    assertThat(ClusterRules.compare(a, b).reason())
        .isEqualTo(
            "same dyad USA/GOV-PRK ~ USA-PRK, code 042 ~ 04, dates 2019-02-27/2019-02-28 within 1 day,"
                + " place Hanoi = Hanoi (GeoNames 1581130)");
    assertThat(ClusterRules.compare(a, ev("PRK", Set.of(), "USA", "042", "2019-02-27", null)))
        .isEqualTo(new ClusterRules.Match(false, "dyad USA-PRK is not PRK-USA"));
    assertThat(
            ClusterRules.compare(a, ev("USA", Set.of("MIL"), "PRK", "042", "2019-02-27", null))
                .ok())
        .isFalse();
  }
}
