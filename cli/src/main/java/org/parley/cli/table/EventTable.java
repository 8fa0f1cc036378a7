package org.parley.cli.table;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints events and quotes (contract JSON maps) as fixed-width tables for a terminal. */
public final class EventTable {
  private final PrintStream out;

  public EventTable(PrintStream out) {
    this.out = out;
  }

  public void events(List<Map<String, Object>> events) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {"DATE", "SOURCE", "EVENT", "TARGET", "PLACE", "MODALITY", "ID", "SENTENCE"});
    for (Map<String, Object> e : events) {
      rows.add(
          new String[] {
            str(e.get("date")),
            actor(e.get("source")),
            str(e.get("cameo_code")) + " " + cut(str(e.get("cameo_name")), 28),
            actor(e.get("target")),
            e.get("location") instanceof Map<?, ?> l ? str(l.get("name")) : "",
            str(e.get("modality")),
            str(e.get("event_id")),
            cut(str(e.get("sentence")).replaceAll("\\s+", " "), 90)
          });
    }
    print(rows);
  }

  public void quotes(List<Map<String, Object>> quotes) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"SPEAKER", "CODE", "CUE", "QUOTE"});
    for (Map<String, Object> q : quotes) {
      Map<?, ?> sp = q.get("speaker") instanceof Map<?, ?> m ? m : Map.of();
      rows.add(
          new String[] {
            cut(str(sp.get("text")), 40),
            str(sp.get("code")),
            str(q.get("cue")),
            "\u201c" + cut(str(q.get("text")).replaceAll("\\s+", " "), 100) + "\u201d"
          });
    }
    print(rows);
  }

  private static String actor(Object o) {
    if (!(o instanceof Map<?, ?> m)) {
      return "";
    }
    return str(m.get("code")) + " (" + cut(str(m.get("text")), 30) + ")";
  }

  static String str(Object o) {
    return o == null ? "" : o.toString();
  }

  static String cut(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
  }

  private void print(List<String[]> rows) {
    int cols = rows.get(0).length;
    int[] w = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols - 1; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cols; i++) {
        sb.append(i == cols - 1 ? r[i] : String.format("%-" + w[i] + "s  ", r[i]));
      }
      out.println(sb.toString().stripTrailing());
    }
  }
}
