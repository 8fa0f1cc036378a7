package org.parley.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What every executor needs to build its pipeline and read its files, shipped with the tasks.
 *
 * @param runId the run all events are written under
 * @param data the data pack directory as executors see it, or null to locate it as {@code parley
 *     code} does ({@code PARLEY_DATA}, {@code ./data}, {@code ../shared/data})
 * @param home the Parley checkout as executors see it (for {@code dictionaries/}), or null
 * @param explicitFiles input files the user named themselves (qualified paths), which are read as
 *     text when no other format fits, as on the command line
 */
record JobSettings(String runId, String data, String home, List<String> explicitFiles)
    implements Serializable {
  JobSettings {
    Objects.requireNonNull(runId, "runId");
    explicitFiles = List.copyOf(explicitFiles);
  }
}
