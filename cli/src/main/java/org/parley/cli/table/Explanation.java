package org.parley.cli.table;

import java.util.List;
import java.util.Map;

/**
 * Renders why an event exists from its stored JSON: the article, the sentence with source, trigger
 * and target marked, the rule and dictionary entries that fired, and the modality cues.
 */
public final class Explanation {
  private Explanation() {}

  public static String of(Map<String, Object> e) {
    StringBuilder sb = new StringBuilder();
    Map<?, ?> article = e.get("article") instanceof Map<?, ?> a ? a : Map.of();
    String body = EventTable.str(article.get("body"));
    sb.append("Event ")
        .append(e.get("event_id"))
        .append(": ")
        .append(e.get("cameo_code"))
        .append(' ')
        .append(EventTable.str(e.get("cameo_name")))
        .append(" (PLOVER ")
        .append(EventTable.str(e.get("plover_type")))
        .append(e.get("plover_mode") == null ? "" : "/" + e.get("plover_mode"))
        .append(", Goldstein ")
        .append(e.get("goldstein"))
        .append(", quad ")
        .append(e.get("quad_class"))
        .append(")\n");
    sb.append("Article  ")
        .append(e.get("doc_id"))
        .append(" | ")
        .append(EventTable.str(article.get("outlet")))
        .append(" | ")
        .append(EventTable.str(article.get("published")))
        .append(" | ")
        .append(EventTable.str(article.get("title")))
        .append('\n');
    sb.append("Date     ")
        .append(EventTable.str(e.get("date")))
        .append(" (")
        .append(e.get("date_precision"))
        .append(", from ")
        .append(e.get("date_source"))
        .append(")\n");
    sb.append("Modality ").append(e.get("modality"));
    Map<?, ?> ev = e.get("evidence") instanceof Map<?, ?> m ? m : Map.of();
    if (ev.get("modality_cues") instanceof List<?> cues && !cues.isEmpty()) {
      sb.append(" (cues: ")
          .append(String.join(", ", cues.stream().map(Object::toString).toList()))
          .append(')');
    }
    sb.append('\n');
    sb.append("Sentence ")
        .append(e.get("sentence_index"))
        .append(": ")
        .append(marked(e, body))
        .append('\n');
    sb.append("  source  ").append(side(e.get("source"))).append('\n');
    sb.append("  trigger ")
        .append(EventTable.str(ev.get("trigger")))
        .append(' ')
        .append(EventTable.str(ev.get("span")))
        .append('\n');
    sb.append("  target  ")
        .append(e.get("target") == null ? "(none)" : side(e.get("target")))
        .append('\n');
    if (e.get("location") instanceof Map<?, ?> loc) {
      sb.append("  place   ")
          .append(EventTable.str(loc.get("name")))
          .append(" (")
          .append(EventTable.str(loc.get("reason")))
          .append(")\n");
    }
    sb.append("Rule     ").append(EventTable.str(ev.get("rule"))).append('\n');
    if (ev.get("entries") instanceof List<?> entries) {
      sb.append("Dictionary entries:\n");
      for (Object o : entries) {
        sb.append("  ").append(o).append('\n');
      }
    }
    sb.append("Run      ")
        .append(EventTable.str(e.get("run_id")))
        .append(", confidence ")
        .append(e.get("confidence"))
        .append('\n');
    return sb.toString();
  }

  private static String side(Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      return "";
    }
    return EventTable.str(m.get("code"))
        + "  \""
        + EventTable.str(m.get("text"))
        + "\" "
        + EventTable.str(m.get("span"))
        + " resolved by "
        + EventTable.str(m.get("resolved_by"));
  }

  /** The sentence with [source], {trigger} and <target> marked, using the spans into the body. */
  static String marked(Map<String, Object> e, String body) {
    String sentence = EventTable.str(e.get("sentence"));
    int start = body.indexOf(sentence);
    if (start < 0 || body.isEmpty()) {
      return sentence;
    }
    record Mark(int at, String text) {}
    List<Mark> marks = new java.util.ArrayList<>();
    addMarks(marks, e.get("source"), "[", "]", Mark::new);
    addMarks(marks, e.get("target"), "<", ">", Mark::new);
    Map<?, ?> ev = e.get("evidence") instanceof Map<?, ?> m ? m : Map.of();
    addMarks(marks, ev, "{", "}", Mark::new);
    marks.sort((a, b) -> Integer.compare(b.at(), a.at()));
    StringBuilder s = new StringBuilder(sentence);
    for (Mark mk : marks) {
      int rel = mk.at() - start;
      if (rel >= 0 && rel <= s.length()) {
        s.insert(rel, mk.text());
      }
    }
    return s.toString().replaceAll("\\s+", " ");
  }

  private static <M> void addMarks(
      List<M> marks,
      Object side,
      String open,
      String close,
      java.util.function.BiFunction<Integer, String, M> mk) {
    if (side instanceof Map<?, ?> m && m.get("span") instanceof List<?> span && span.size() == 2) {
      marks.add(mk.apply(((Number) span.get(0)).intValue(), open));
      marks.add(mk.apply(((Number) span.get(1)).intValue(), close));
    }
  }
}
