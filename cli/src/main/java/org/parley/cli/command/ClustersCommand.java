package org.parley.cli.command;

import java.util.List;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.cli.table.ClusterExplanation;
import org.parley.store.Store;
import org.parley.store.cluster.Clusterer;
import org.parley.store.cluster.Clusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley clusters}: the store's cross-article event clusters, most reported first. */
@Command(
    name = "clusters",
    mixinStandardHelpOptions = true,
    description = {
      "List the store's event clusters: asserted events from different articles that report the same"
          + " occurrence (same dyad by country and sector, CAMEO codes on one branch, dates within"
          + " their precision, same or unknown place). Most reported first.",
      "`parley code` keeps clusters up to date; `parley explain CLUSTER_ID` shows why reports joined."
    })
public final class ClustersCommand implements Callable<Integer> {
  @Option(
      names = "--min-articles",
      paramLabel = "N",
      defaultValue = "1",
      description = "Only clusters reported by at least N articles (default: ${DEFAULT-VALUE}).")
  int minArticles;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "At most N clusters (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(
      names = "--rebuild",
      description =
          "Forget the stored clusters and cluster every event again (after changing many articles).")
  boolean rebuild;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    if (limit < 0 || minArticles < 0) {
      System.err.println("parley: --limit and --min-articles must be >= 0");
      return ExitCodes.USAGE;
    }
    try (Store store = storeOptions.openStore()) {
      if (rebuild) {
        Clusterer.Result r = Clusterer.rebuild(store, "rebuild-" + java.time.Instant.now());
        System.err.println(
            "parley: clustered "
                + r.pending()
                + " asserted events into "
                + r.clusters()
                + " clusters in "
                + r.millis()
                + " ms");
      }
      List<Clusters.Summary> clusters = Clusters.list(store, minArticles, limit);
      System.out.print(ClusterExplanation.list(clusters));
      return ExitCodes.OK;
    }
  }
}
