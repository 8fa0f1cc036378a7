package org.parley.coding.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.gazetteer.Gazetteer;

/**
 * Resolution speed, for docs/BENCHMARKS.md (a program, not a test): loads the gazetteer, then
 * resolves the 217 mentions of the place table, with their sentence contexts, ROUNDS times after a
 * warm-up, and prints load time and mentions per second. Run from the checkout root after {@code
 * mvn -B -q test-compile -pl model,ontology,gazetteer,coding}:
 *
 * <pre>
 * cd coding && java -cp target/test-classes:target/classes:../gazetteer/target/classes:\
 *   ../model/target/classes org.parley.coding.place.PlaceResolutionBench 200
 * </pre>
 */
public final class PlaceResolutionBench {
  private PlaceResolutionBench() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.load();
    double load = (System.nanoTime() - t0) / 1e9;
    PlaceResolver resolver = new PlaceResolver(gazetteer);
    record Job(String name, Optional<String> qualifier, PlaceResolver.Context context) {}
    List<Job> jobs = new ArrayList<>();
    for (PlaceResolutionTableTest.Row r : PlaceResolutionTableTest.rows()) {
      jobs.add(
          new Job(
              r.name(),
              r.qualifier(),
              PlaceResolutionTableTest.contextOf(r.sentence(), r.mention())));
    }
    int sink = 0;
    for (int w = 0; w < rounds / 4 + 1; w++) {
      for (Job j : jobs) {
        sink += resolver.resolve(j.name(), j.qualifier(), 0, j.context()).candidates();
      }
    }
    long t1 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      for (Job j : jobs) {
        sink += resolver.resolve(j.name(), j.qualifier(), 0, j.context()).candidates();
      }
    }
    double seconds = (System.nanoTime() - t1) / 1e9;
    long n = (long) rounds * jobs.size();
    System.out.printf(
        Locale.ROOT,
        "gazetteer: %d places, %d names, loaded in %.2f s; resolved %d mentions in %.2f s:"
            + " %.0f mentions/s (checksum %d)%n",
        gazetteer.size(),
        gazetteer.nameCount(),
        load,
        n,
        seconds,
        n / seconds,
        sink);
  }
}
