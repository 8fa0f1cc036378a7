package org.parley.cli.command;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.parley.cli.ExitCodes;
import org.parley.cli.table.Explanation;
import org.parley.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code parley explain EVENT_ID}: why an event exists. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description =
        "Show why an event exists: its article, sentence, trigger, actors, rule, dictionary entries and modality cues.")
public final class ExplainCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EVENT_ID")
  String eventId;

  @Mixin StoreOptions storeOptions;

  @Override
  public Integer call() {
    try (Store store = storeOptions.openStore()) {
      Optional<Map<String, Object>> ev = store.findEvent(eventId);
      if (ev.isEmpty()) {
        System.err.println("parley: no event " + eventId + " in the store " + storeOptions.db);
        return ExitCodes.NOT_FOUND;
      }
      System.out.print(Explanation.of(ev.get()));
      return ExitCodes.OK;
    }
  }
}
