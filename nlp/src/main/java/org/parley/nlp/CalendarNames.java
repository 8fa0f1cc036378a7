package org.parley.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.model.DateValue;

/**
 * Dates a bare weekday or month name ("on Tuesday", "in March") from the document alone, in place
 * of SUTime's value.
 *
 * <p>Why: SUTime (CoreNLP 4.5.10, issue #1061) decides past or future for these names from a {@code
 * resolveTo} tag that the last rules of {@code english.sutime.txt} put with {@code VTag} on the
 * value bound to {@code TUESDAY}, {@code MARCH} etc. in its rule environment. That value is one
 * object shared by every sentence, document and thread of the process, and the tag is never
 * removed, so "Tuesday" was dated by whichever sentence last tagged it: output depended on what was
 * parsed before. Those rules also look only two tokens away, so "held talks with leaders ... on
 * Tuesday" got no past reading at all. Here the direction comes from the tense of the verb that
 * governs the name (the dependency parse, else the same two-token window SUTime uses, in this
 * sentence only), and the name is dated against the publication day: past is the latest such day or
 * month on or before it, future the first on or after it, and without a tense the closest one, as
 * SUTime does.
 */
final class CalendarNames {
  /** The reading a tense gives a calendar name. */
  enum Direction {
    PAST,
    FUTURE,
    CLOSEST
  }

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  private static final Map<String, Month> MONTHS =
      Map.ofEntries(
          Map.entry("january", Month.JANUARY),
          Map.entry("jan", Month.JANUARY),
          Map.entry("february", Month.FEBRUARY),
          Map.entry("feb", Month.FEBRUARY),
          Map.entry("march", Month.MARCH),
          Map.entry("mar", Month.MARCH),
          Map.entry("april", Month.APRIL),
          Map.entry("apr", Month.APRIL),
          Map.entry("may", Month.MAY),
          Map.entry("june", Month.JUNE),
          Map.entry("jun", Month.JUNE),
          Map.entry("july", Month.JULY),
          Map.entry("jul", Month.JULY),
          Map.entry("august", Month.AUGUST),
          Map.entry("aug", Month.AUGUST),
          Map.entry("september", Month.SEPTEMBER),
          Map.entry("sep", Month.SEPTEMBER),
          Map.entry("sept", Month.SEPTEMBER),
          Map.entry("october", Month.OCTOBER),
          Map.entry("oct", Month.OCTOBER),
          Map.entry("november", Month.NOVEMBER),
          Map.entry("nov", Month.NOVEMBER),
          Map.entry("december", Month.DECEMBER),
          Map.entry("dec", Month.DECEMBER));

  /** Auxiliaries and modals that put the event after the report (SUTime's own list). */
  private static final Set<String> FUTURE =
      Set.of("will", "'ll", "’ll", "ll", "shall", "would", "could", "should", "wo");

  /** Auxiliaries that put it before: perfect, past passive or progressive, emphatic past. */
  private static final Set<String> PAST =
      Set.of("has", "have", "had", "'d", "’d", "was", "were", "did", "been");

  private static final Set<String> AUX = Set.of("aux", "aux:pass", "cop");

  /** Relations followed up from the name towards its verb (not across clauses or coordination). */
  private static final Set<String> STOP =
      Set.of("conj", "parataxis", "ccomp", "advcl", "acl:relcl");

  /**
   * Parts of a day after a weekday name ("Friday evening"): SUTime reads the weekday with the same
   * shared past/future tag as a bare name, so these are dated here too, to the day.
   */
  private static final Set<String> PARTS_OF_DAY =
      Set.of("morning", "afternoon", "evening", "night", "noon", "midday", "midnight");

  private CalendarNames() {}

  /**
   * The date of the time expression over tokens [start, end) of a sentence if it is a single
   * weekday or month name, or a weekday and a part of the day ("Friday evening", dated to the day);
   * empty for anything else, which SUTime dates by itself.
   *
   * @param graph the sentence's dependencies, or null when they were not parsed
   */
  static Optional<DateValue> date(
      List<CoreLabel> tokens, SemanticGraph graph, int start, int end, LocalDate published) {
    boolean partOfDay =
        end - start == 2 && PARTS_OF_DAY.contains(normal(tokens.get(start + 1).word()));
    if (end - start != 1 && !partOfDay) {
      return Optional.empty();
    }
    String name = normal(tokens.get(start).word());
    DayOfWeek day = WEEKDAYS.get(name);
    Month month = partOfDay ? null : MONTHS.get(name);
    if (day == null && month == null) {
      return Optional.empty();
    }
    Direction direction = direction(tokens, graph, start);
    return Optional.of(
        day != null
            ? DateValue.of(weekday(day, direction, published))
            : month(month, direction, published));
  }

  static LocalDate weekday(DayOfWeek day, Direction direction, LocalDate published) {
    LocalDate past = published.with(TemporalAdjusters.previousOrSame(day));
    LocalDate future = published.with(TemporalAdjusters.nextOrSame(day));
    return switch (direction) {
      case PAST -> past;
      case FUTURE -> future;
        // of the two, one is at most three days away and the other at least four
      case CLOSEST -> published.toEpochDay() - past.toEpochDay() <= 3 ? past : future;
    };
  }

  static DateValue month(Month month, Direction direction, LocalDate published) {
    YearMonth now = YearMonth.from(published);
    YearMonth thisYear = YearMonth.of(published.getYear(), month);
    YearMonth past = thisYear.isAfter(now) ? thisYear.minusYears(1) : thisYear;
    YearMonth future = thisYear.isBefore(now) ? thisYear.plusYears(1) : thisYear;
    YearMonth chosen =
        switch (direction) {
          case PAST -> past;
          case FUTURE -> future;
            // a tie (six months either way) goes to the past: news mostly reports
          case CLOSEST -> months(past, now) <= months(now, future) ? past : future;
        };
    return DateValue.ofMonth(chosen.getYear(), chosen.getMonthValue());
  }

  private static long months(YearMonth from, YearMonth to) {
    return from.until(to, java.time.temporal.ChronoUnit.MONTHS);
  }

  /** The tense of the verb governing token {@code index}, as a direction for dating it. */
  static Direction direction(List<CoreLabel> tokens, SemanticGraph graph, int index) {
    if (graph != null && !graph.isEmpty()) {
      IndexedWord node = graph.getNodeByIndexSafe(index + 1);
      for (int steps = 0; node != null && steps < 8; steps++) {
        Optional<Direction> d = tense(graph, node);
        if (d.isPresent()) {
          return d.get();
        }
        SemanticGraphEdge up = graph.getIncomingEdgesSorted(node).stream().findFirst().orElse(null);
        if (up == null || STOP.contains(up.getRelation().toString())) {
          break;
        }
        node = up.getGovernor();
      }
    }
    return window(tokens, index);
  }

  /** The direction a verb (or a copular predicate) gives; empty if the node is neither. */
  private static Optional<Direction> tense(SemanticGraph graph, IndexedWord node) {
    boolean hasAux = false;
    for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
      if (!AUX.contains(e.getRelation().toString())) {
        continue;
      }
      hasAux = true;
      String aux = normal(e.getDependent().word());
      if (FUTURE.contains(aux)) {
        return Optional.of(Direction.FUTURE);
      }
      if (PAST.contains(aux)) {
        return Optional.of(Direction.PAST);
      }
    }
    String tag = node.tag() == null ? "" : node.tag();
    if (tag.equals("VB") && isGoingTo(graph, node)) {
      return Optional.of(Direction.FUTURE);
    }
    if (tag.equals("VBD") || tag.equals("VBN")) {
      // "held talks", or a participle without auxiliary: "talks held on Tuesday"
      return Optional.of(Direction.PAST);
    }
    if (tag.startsWith("VB") || hasAux) {
      return Optional.of(Direction.CLOSEST);
    }
    return Optional.empty();
  }

  /** "is going to meet": an infinitive under "going". */
  private static boolean isGoingTo(SemanticGraph graph, IndexedWord verb) {
    IndexedWord parent = graph.getParent(verb);
    return parent != null && normal(parent.word()).equals("going");
  }

  /**
   * SUTime's stage-4 rule, applied to this sentence only: a past-tense verb or "have" within two
   * tokens before or after the name makes it past, a future auxiliary makes it future.
   */
  private static Direction window(List<CoreLabel> tokens, int index) {
    boolean past = false;
    for (int i = Math.max(0, index - 3); i <= Math.min(tokens.size() - 1, index + 3); i++) {
      if (i == index) {
        continue;
      }
      CoreLabel t = tokens.get(i);
      String w = normal(t.word());
      boolean goingTo =
          w.equals("going")
              && i + 1 < tokens.size()
              && normal(tokens.get(i + 1).word()).equals("to");
      if (FUTURE.contains(w) || goingTo) {
        // SUTime's future rules come after its past rules and win over them
        return Direction.FUTURE;
      }
      past |= "VBD".equals(t.tag()) || w.equals("have");
    }
    return past ? Direction.PAST : Direction.CLOSEST;
  }

  private static String normal(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
  }
}
