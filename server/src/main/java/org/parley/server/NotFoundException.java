package org.parley.server;

/** No record with the id a request names: answered with a 404 and the message. */
final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotFoundException(String message) {
    super(message);
  }
}
