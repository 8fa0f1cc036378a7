package org.parley.cli.run;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how far a run has got: on a terminal a bar redrawn in place (at most four times a second),
 * elsewhere a log line every {@code interval} seconds, so that logs of long batch runs say where
 * they are without filling up. The ETA is projected from the bytes of input read so far.
 */
final class ProgressDisplay {
  private final PrintStream out;
  private final boolean terminal;
  private final long intervalNanos;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean drawn;

  ProgressDisplay(PrintStream out, boolean terminal, double intervalSeconds) {
    this.out = out;
    this.terminal = terminal;
    this.intervalNanos = (long) ((terminal ? 0.25 : intervalSeconds) * 1e9);
    this.lastShown = started;
  }

  /** Whether standard error is likely a terminal: a console exists and TERM is not dumb. */
  static boolean onTerminal() {
    String term = System.getenv("TERM");
    return System.console() != null && term != null && !term.equals("dumb");
  }

  void update(long articles, long sentences, long bytesDone, long bytesTotal, boolean force) {
    long now = System.nanoTime();
    if (intervalNanos <= 0 || (!force && now - lastShown < intervalNanos)) {
      return;
    }
    lastShown = now;
    double seconds = (now - started) / 1e9;
    double rate = seconds > 0 ? sentences / seconds : 0;
    double share = bytesTotal > 0 ? Math.min(1, (double) bytesDone / bytesTotal) : 0;
    String eta =
        share > 0.001 && share < 1
            ? duration(seconds * (1 - share) / share)
            : share >= 1 ? "0s" : "?";
    String text =
        String.format(
            Locale.ROOT,
            "%3.0f%% %d articles, %.1f sentences/s, elapsed %s, ETA %s",
            share * 100,
            articles,
            rate,
            duration(seconds),
            eta);
    if (terminal) {
      int width = 24;
      int filled = (int) Math.round(share * width);
      out.print("\r[" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + text + "\u001b[K");
      out.flush();
      drawn = true;
    } else {
      out.println("parley: progress: " + text);
    }
  }

  /**
   * Ends the bar's line so that what follows (the summary, or a message in the middle of the run)
   * starts on its own line; the next update draws the bar again.
   */
  void finish() {
    if (drawn) {
      out.println();
      drawn = false;
    }
  }

  private static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    }
    return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
  }
}
