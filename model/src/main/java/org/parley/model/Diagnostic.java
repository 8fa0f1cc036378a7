package org.parley.model;

import java.util.Objects;

/**
 * A located problem with input data: which file, which record in it (a line number, a record id, or
 * empty), the character or byte offset where known (-1 when not), and what was wrong. Diagnostics
 * are counted in the run summary; they never stop a batch.
 */
public record Diagnostic(
    Severity severity, String file, String record, long offset, String reason) {
  public enum Severity {
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    record = record == null ? "" : record;
    Objects.requireNonNull(reason, "reason");
  }

  public static Diagnostic warning(String file, String record, String reason) {
    return new Diagnostic(Severity.WARNING, file, record, -1, reason);
  }

  public static Diagnostic error(String file, String record, String reason) {
    return new Diagnostic(Severity.ERROR, file, record, -1, reason);
  }

  /** {@code file:record: reason}, the form printed to users. */
  public String located() {
    StringBuilder sb = new StringBuilder(file);
    if (!record.isEmpty()) {
      sb.append(':').append(record);
    }
    if (offset >= 0) {
      sb.append(" (offset ").append(offset).append(')');
    }
    return sb.append(": ").append(reason).toString();
  }
}
