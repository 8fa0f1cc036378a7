package org.parley.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed request line, an
 * encoded NUL or an ambiguous path): the same {@code {"status", "error"}} JSON and security headers
 * as the API's own errors, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private final Map<String, String> headers;

  JsonErrorHandler(Map<String, String> headers) {
    this.headers = Map.copyOf(headers);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    headers.forEach(fields::put);
    return ByteBuffer.wrap(body(status, reason));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    baseRequest.setHandled(true);
    response.setContentType("application/json; charset=utf-8");
    headers.forEach(response::setHeader);
    response.getOutputStream().write(body(code, message));
  }

  private static byte[] body(int status, String reason) {
    String what = reason == null || reason.isBlank() ? "bad request" : reason;
    String text =
        "{\"status\":"
            + status
            + ",\"error\":\""
            + (what.replaceAll("[^A-Za-z0-9 .,:;()'-]", " ").toLowerCase(java.util.Locale.ROOT))
            + " (rejected by the HTTP layer)\"}";
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
