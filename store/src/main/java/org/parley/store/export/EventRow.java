package org.parley.store.export;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stored event as the exports see it: its contract JSON (what events.jsonl says) and, from its
 * article and run, the article's URL and outlet and when the run started; from its cluster, how
 * many events, outlets and articles report the occurrence (1, 1, 1 for an event in no cluster).
 */
record EventRow(
    String json,
    Map<String, Object> event,
    Optional<String> url,
    Optional<String> outlet,
    Optional<LocalDateTime> runStarted,
    int[] clusterCounts) {

  String string(String field) {
    Object v = event.get(field);
    return v == null ? null : v.toString();
  }

  Optional<Map<String, Object>> object(String field) {
    return map(event.get(field));
  }

  /** The event's date parts: year, month, day, each null when the date is not that precise. */
  Integer datePart(int part) {
    String date = string("date");
    int[][] at = {{0, 4}, {5, 7}, {8, 10}};
    if (date == null || date.length() < at[part][1]) {
      return null;
    }
    return Integer.parseInt(date.substring(at[part][0], at[part][1]));
  }

  static String text(Optional<Map<String, Object>> object, String field) {
    return object.map(m -> m.get(field)).map(Object::toString).orElse(null);
  }

  @SuppressWarnings("unchecked")
  static List<String> sectors(Optional<Map<String, Object>> participant) {
    return participant.map(p -> (List<String>) p.get("sectors")).orElse(List.of());
  }

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> map(Object value) {
    return Optional.ofNullable((Map<String, Object>) value);
  }
}
