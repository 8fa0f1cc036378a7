package org.parley.cli.table;

import java.util.List;
import org.parley.store.cluster.Clusters;

/** Renders a cluster: what it is, then each member with its article, sentence and why it joined. */
public final class ClusterExplanation {
  private ClusterExplanation() {}

  public static String of(Clusters.Detail detail) {
    Clusters.Summary s = detail.summary();
    StringBuilder sb = new StringBuilder();
    sb.append("Cluster ")
        .append(s.clusterId())
        .append(": ")
        .append(s.dyad())
        .append(' ')
        .append(s.cameoCode())
        .append(" (root ")
        .append(s.cameoRoot())
        .append(", Goldstein ")
        .append(s.goldstein())
        .append(")\n");
    sb.append("Dates    ")
        .append(s.dateFrom())
        .append(s.dateTo().equals(s.dateFrom()) ? "" : " .. " + s.dateTo())
        .append(", first reported ")
        .append(s.earliestReport().orElse("(unknown)"))
        .append('\n');
    sb.append("Place    ")
        .append(s.locationName().orElse("(unknown)"))
        .append(s.locationCountry().map(c -> ", " + c).orElse(""))
        .append(s.geonamesId() == null ? "" : " (GeoNames " + s.geonamesId() + ")")
        .append('\n');
    sb.append("Reports  ")
        .append(s.numMentions())
        .append(" events in ")
        .append(s.numArticles())
        .append(" articles from ")
        .append(s.numSources())
        .append(" sources; created by run ")
        .append(s.createdRun())
        .append(", last changed by ")
        .append(s.updatedRun())
        .append('\n');
    sb.append("Sentence ").append(s.representativeSentence()).append('\n');
    sb.append("Members\n");
    for (Clusters.Member m : detail.members()) {
      sb.append("  ")
          .append(m.ordinal())
          .append(". ")
          .append(m.eventId())
          .append(' ')
          .append(m.cameoCode())
          .append(' ')
          .append(m.date().orElse("(no date)"))
          .append(" | ")
          .append(m.outlet().orElse("(no outlet)"))
          .append(" | ")
          .append(m.docId())
          .append(" sentence ")
          .append(m.sentenceIndex())
          .append('\n');
      sb.append("     ").append(m.sentence()).append('\n');
      sb.append("     why: ").append(m.reason()).append('\n');
    }
    return sb.toString();
  }

  /** One line per cluster for {@code parley clusters}, with a header. */
  public static String list(List<Clusters.Summary> clusters) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            "%-28s %-12s %-5s %-23s %4s %4s %4s  %s%n",
            "CLUSTER", "DYAD", "CODE", "DATES", "EVTS", "ARTS", "SRCS", "PLACE / SENTENCE"));
    for (Clusters.Summary s : clusters) {
      String dates =
          s.dateFrom()
              + (s.dateTo().equals(s.dateFrom()) ? "" : ".." + s.dateTo().toString().substring(5));
      String sentence = s.representativeSentence();
      if (sentence.length() > 70) {
        sentence = sentence.substring(0, 69) + "…";
      }
      sb.append(
          String.format(
              "%-28s %-12s %-5s %-23s %4d %4d %4d  %s%s%n",
              s.clusterId(),
              s.dyad(),
              s.cameoCode(),
              dates,
              s.numMentions(),
              s.numArticles(),
              s.numSources(),
              s.locationName().map(p -> p + ": ").orElse(""),
              sentence));
    }
    return sb.toString();
  }
}
