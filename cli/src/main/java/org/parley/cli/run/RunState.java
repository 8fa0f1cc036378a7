package org.parley.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@value #FILE} in an output directory: which run writes it, for which job (inputs and options),
 * and whether that run finished. A directory whose run is still marked {@code running} was left by
 * a run that was killed; a new run of the same job resumes it.
 */
record RunState(String runId, String job, String state) {
  static final String FILE = "run.json";
  static final String RUNNING = "running";
  static final String COMPLETE = "complete";
  private static final ObjectMapper JSON = new ObjectMapper();

  RunState {
    Objects.requireNonNull(runId, "runId");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(state, "state");
  }

  /** The state in {@code dir}; empty when there is none or it cannot be read as one. */
  static Optional<RunState> read(Path dir) {
    Path file = dir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode n = JSON.readTree(file.toFile());
      if (n == null || !n.hasNonNull("run_id") || !n.hasNonNull("job") || !n.hasNonNull("state")) {
        return Optional.empty();
      }
      return Optional.of(
          new RunState(n.get("run_id").asText(), n.get("job").asText(), n.get("state").asText()));
    } catch (IOException e) {
      // A state file cut off by a kill: the directory is started afresh, which loses nothing.
      return Optional.empty();
    }
  }

  boolean resumes(String otherJob) {
    return state.equals(RUNNING) && job.equals(otherJob);
  }

  /** Writes this state to {@code dir} through a temporary file, so it is never half-written. */
  void write(Path dir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("run_id", runId);
    m.put("job", job);
    m.put("state", state);
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve(FILE + ".tmp");
      JSON.writeValue(tmp.toFile(), m);
      Files.move(
          tmp,
          dir.resolve(FILE),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve(FILE), e);
    }
  }

  RunState with(String newState) {
    return new RunState(runId, job, newState);
  }
}
