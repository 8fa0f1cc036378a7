package org.parley.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.parley.model.CodedDocument;

/**
 * What the coder made of one gold record and how it scored.
 *
 * @param produced the produced events in the suite's terms (for PLOVER: source and target country
 *     and the PLOVER type)
 * @param coded the coder's full output, for explaining each event; empty when the record was
 *     refused
 * @param refused why Parley refused the record (an unreadable stored parse), if it did
 * @param expectedCount events the record expects
 * @param matched produced events that match an expected one (full code; PLOVER: type and dyad)
 * @param matchedRoot the same at the CAMEO root (PLOVER: type alone)
 * @param correct whether the record counts as fully correct
 */
public record RecordOutcome(
    GoldRecord record,
    List<GoldEvent> expected,
    List<GoldEvent> produced,
    Optional<CodedDocument> coded,
    Optional<String> refused,
    int matched,
    int matchedRoot,
    boolean correct,
    Optional<Boolean> modeCorrect) {
  public RecordOutcome {
    Objects.requireNonNull(record, "record");
    expected = List.copyOf(expected);
    produced = List.copyOf(produced);
    Objects.requireNonNull(coded, "coded");
    Objects.requireNonNull(refused, "refused");
    Objects.requireNonNull(modeCorrect, "modeCorrect");
  }
}
