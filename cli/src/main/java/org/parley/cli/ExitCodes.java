package org.parley.cli;

/**
 * Every exit code Parley uses. A run that completed exits 0 whatever it skipped (skips are
 * reported, not failures); non-zero means Parley itself could not run.
 */
public final class ExitCodes {
  /** The command completed. */
  public static final int OK = 0;

  /** Parley could not run: an internal error or an unexpected exception. */
  public static final int SOFTWARE = 1;

  /** Wrong usage: unknown option, missing argument. */
  public static final int USAGE = 2;

  /** Bad configuration: no data pack, unreadable dictionaries, a store that cannot be opened. */
  public static final int CONFIG = 3;

  /** What was asked for does not exist (e.g. an unknown event id). */
  public static final int NOT_FOUND = 4;

  private ExitCodes() {}

  /** {@code parley eval --floors}: a suite's figure fell below its floor. */
  public static final int BELOW_FLOOR = 5;
}
