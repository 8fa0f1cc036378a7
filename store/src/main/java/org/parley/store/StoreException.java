package org.parley.store;

/**
 * A database operation failed (the file cannot be opened, is locked by another process, or a write
 * broke a constraint). Carries the store location and what was being done, so the message alone
 * says where to look.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A store opened for reading is at an older schema version than this Parley reads; opening it
   * once for writing ({@link Store#open}) migrates it.
   */
  public static final class OlderSchema extends StoreException {
    private static final long serialVersionUID = 1L;

    public OlderSchema(String message) {
      super(message);
    }
  }
}
