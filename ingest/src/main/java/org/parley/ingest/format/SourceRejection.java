package org.parley.ingest.format;

import java.util.List;
import java.util.Objects;
import org.parley.model.Diagnostic;

/**
 * A record or file that could not be read as a document.
 *
 * @param reason the short reason that becomes the status ({@code skipped: REASON})
 * @param diagnostics the located diagnostics, at least one
 */
public record SourceRejection(String location, String reason, List<Diagnostic> diagnostics)
    implements SourceItem {
  public SourceRejection {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("reason must not be blank");
    }
    diagnostics = List.copyOf(diagnostics);
  }

  /** A rejection with one diagnostic of the given severity carrying the same reason. */
  public static SourceRejection of(
      Diagnostic.Severity severity, String file, String record, String reason) {
    return of(severity, file, record, reason, "");
  }

  /**
   * A rejection whose diagnostic adds a detail to the reason ({@code "invalid JSON: Unexpected
   * character ..."}) while the status keeps the short reason, which is what run summaries group by.
   */
  public static SourceRejection of(
      Diagnostic.Severity severity, String file, String record, String reason, String detail) {
    String location = record.isEmpty() ? file : file + ":" + record;
    String full = detail.isEmpty() ? reason : reason + ": " + detail;
    return new SourceRejection(
        location, reason, List.of(new Diagnostic(severity, file, record, -1, full)));
  }
}
