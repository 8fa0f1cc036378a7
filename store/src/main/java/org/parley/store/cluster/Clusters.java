package org.parley.store.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.store.Store;

/** Reading the store's clusters: a listing, and one cluster with its members and reasons. */
public final class Clusters {
  private Clusters() {}

  /**
   * One row of {@code clusters} (see V2__clusters.sql for each column).
   *
   * @param geonamesId the place's GeoNames id, null when unknown
   */
  public record Summary(
      String clusterId,
      String firstEventId,
      String representativeEventId,
      String representativeSentence,
      String dyad,
      String cameoRoot,
      String cameoCode,
      double goldstein,
      LocalDate dateFrom,
      LocalDate dateTo,
      Optional<String> earliestReport,
      Optional<String> locationName,
      Optional<String> locationCountry,
      Long geonamesId,
      int numMentions,
      int numArticles,
      int numSources,
      String createdRun,
      String updatedRun) {}

  /**
   * One member: its event, article, outlet, sentence, code, date and why it joined.
   *
   * @param ordinal 0 for the first member
   */
  public record Member(
      int ordinal,
      String eventId,
      String docId,
      Optional<String> outlet,
      Optional<String> title,
      int sentenceIndex,
      String sentence,
      String cameoCode,
      Optional<String> date,
      String reason) {}

  /** A cluster and its members in joining order. */
  public record Detail(Summary summary, List<Member> members) {}

  private static final String SUMMARY =
      "SELECT cluster_id, first_event_id, representative_event_id, representative_sentence, dyad, "
          + "cameo_root, cameo_code, goldstein, date_from, date_to, earliest_report, location_name, "
          + "location_country, geonames_id, num_mentions, num_articles, num_sources, created_run, "
          + "updated_run FROM clusters";

  /**
   * Up to {@code limit} clusters with at least {@code minArticles} articles, most reported first
   * (articles, then mentions), then by first day and id.
   */
  public static List<Summary> list(Store store, int minArticles, int limit) {
    Objects.requireNonNull(store, "store");
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be >= 0, was " + limit);
    }
    return store.reading(
        "list clusters",
        c -> {
          List<Summary> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  SUMMARY
                      + " WHERE num_articles >= ? ORDER BY num_articles DESC, num_mentions DESC, "
                      + "date_from, cluster_id LIMIT ?")) {
            ps.setInt(1, minArticles);
            ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
              while (r.next()) {
                out.add(summary(r));
              }
            }
          }
          return out;
        });
  }

  /** The cluster {@code clusterId} with its members, if there is one. */
  public static Optional<Detail> find(Store store, String clusterId) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(clusterId, "clusterId");
    return store.reading("find cluster " + clusterId, c -> find(c, clusterId));
  }

  private static Optional<Detail> find(Connection c, String clusterId) throws SQLException {
    Summary summary;
    try (PreparedStatement ps = c.prepareStatement(SUMMARY + " WHERE cluster_id = ?")) {
      ps.setString(1, clusterId);
      try (ResultSet r = ps.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        summary = summary(r);
      }
    }
    List<Member> members = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT m.ordinal, m.event_id, m.doc_id, m.outlet, a.title, e.sentence_index, "
                + "e.sentence, e.cameo_code, e.date, m.reason FROM cluster_members m "
                + "JOIN events e ON e.event_id = m.event_id LEFT JOIN articles a ON a.id = m.doc_id "
                + "WHERE m.cluster_id = ? ORDER BY m.ordinal")) {
      ps.setString(1, clusterId);
      try (ResultSet r = ps.executeQuery()) {
        while (r.next()) {
          members.add(
              new Member(
                  r.getInt(1),
                  r.getString(2),
                  r.getString(3),
                  Optional.ofNullable(r.getString(4)),
                  Optional.ofNullable(r.getString(5)),
                  r.getInt(6),
                  r.getString(7),
                  r.getString(8),
                  Optional.ofNullable(r.getString(9)),
                  r.getString(10)));
        }
      }
    }
    return Optional.of(new Detail(summary, List.copyOf(members)));
  }

  private static Summary summary(ResultSet r) throws SQLException {
    long geonames = r.getLong(14);
    Long geonamesId = r.wasNull() ? null : geonames;
    return new Summary(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getString(6),
        r.getString(7),
        r.getDouble(8),
        r.getDate(9).toLocalDate(),
        r.getDate(10).toLocalDate(),
        Optional.ofNullable(r.getString(11)),
        Optional.ofNullable(r.getString(12)),
        Optional.ofNullable(r.getString(13)),
        geonamesId,
        r.getInt(15),
        r.getInt(16),
        r.getInt(17),
        r.getString(18),
        r.getString(19));
  }

  /** The id of the cluster {@code eventId} belongs to, if any. */
  public static Optional<String> ofEvent(Store store, String eventId) {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(eventId, "eventId");
    return store.reading(
        "find the cluster of event " + eventId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT cluster_id FROM cluster_members WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet r = ps.executeQuery()) {
              return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }
}
