package org.parley.cli;

/**
 * Parley cannot start with the configuration given; the message lists what was tried or what is
 * valid.
 */
public final class ConfigurationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }

  public ConfigurationException(String message) {
    super(message);
  }
}
