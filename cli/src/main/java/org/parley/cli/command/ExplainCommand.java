package org.parley.cli.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.cli.table.ClusterExplanation;
import org.parley.cli.table.Explanation;
import org.parley.store.Store;
import org.parley.store.cluster.Clusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley explain ID}: why an event exists, or which reports a cluster gathers and why. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Show why an event exists: its article, sentence, trigger, actors, rule, dictionary entries and modality cues.",
      "Given a cluster id (C-...), list the cluster's member events, their articles and why each joined."
    })
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EVENT_ID|CLUSTER_ID")
  String eventId;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    try (Store store = storeOptions.openStore()) {
      Optional<Clusters.Detail> cluster = Clusters.find(store, eventId);
      if (cluster.isPresent()) {
        System.out.print(ClusterExplanation.of(cluster.get()));
        return ExitCodes.OK;
      }
      Optional<Map<String, Object>> ev = store.findEvent(eventId);
      if (ev.isEmpty()) {
        System.err.println(
            "parley: no event "
                + eventId
                + " (and no cluster of that id) in the store "
                + storeOptions.display());
        return ExitCodes.NOT_FOUND;
      }
      System.out.print(Explanation.of(ev.get()));
      Clusters.ofEvent(store, eventId)
          .ifPresent(
              id ->
                  System.out.println(
                      "Cluster  " + id + " (parley explain " + id + " lists its reports)"));
      return ExitCodes.OK;
    }
  }
}
