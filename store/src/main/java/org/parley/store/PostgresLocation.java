package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * A PostgreSQL store's {@code --db} value, {@code
 * postgresql://[user[:password]@]host[:port]/database [?param=value&...]} as libpq and psql write
 * it (also {@code postgres://} and {@code jdbc:postgresql://}), turned into what the JDBC driver
 * takes. The password never appears in {@link #display()}, which messages use.
 *
 * @param jdbcUrl the driver's URL, without user or password
 * @param properties user, password and Parley's connection settings
 * @param display the location for messages: the URL with any password replaced by {@code ***}
 */
public record PostgresLocation(String jdbcUrl, Properties properties, String display) {
  public PostgresLocation {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(display, "display");
  }

  /** Whether {@code location} is a PostgreSQL URL rather than a DuckDB file name. */
  public static boolean isPostgres(String location) {
    String l = location.strip().toLowerCase(Locale.ROOT);
    return l.startsWith("postgresql://")
        || l.startsWith("postgres://")
        || l.startsWith("jdbc:postgresql:");
  }

  /**
   * Parses {@code location}.
   *
   * @throws IllegalArgumentException when it is not a PostgreSQL URL with a host and a database
   */
  public static PostgresLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    String text = location.strip();
    if (!isPostgres(text)) {
      throw new IllegalArgumentException("not a postgresql:// URL: " + text);
    }
    String withoutJdbc = text.regionMatches(true, 0, "jdbc:", 0, 5) ? text.substring(5) : text;
    URI uri;
    try {
      uri = new URI(withoutJdbc);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "bad PostgreSQL URL '" + redact(text) + "': " + e.getReason(), e);
    }
    String host = uri.getHost();
    String path = uri.getRawPath();
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException(
          "bad PostgreSQL URL '"
              + redact(text)
              + "': no host (expected postgresql://[user[:password]@]host[:port]/database)");
    }
    if (path == null || path.length() < 2) {
      throw new IllegalArgumentException(
          "bad PostgreSQL URL '"
              + redact(text)
              + "': no database (expected postgresql://[user[:password]@]host[:port]/database)");
    }
    Properties p = new Properties();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      p.setProperty("user", decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        p.setProperty("password", decode(userInfo.substring(colon + 1)));
      }
    }
    // Strings are sent untyped so the server casts them to the column's type: the JSON columns
    // take the contract JSON as text, as DuckDB does.
    p.setProperty("stringtype", "unspecified");
    // One INSERT with many rows per batch instead of one round trip per row.
    p.setProperty("reWriteBatchedInserts", "true");
    p.setProperty("ApplicationName", "parley");
    String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    StringBuilder url = new StringBuilder("jdbc:postgresql://").append(hostPart);
    if (uri.getPort() >= 0) {
      url.append(':').append(uri.getPort());
    }
    url.append(path);
    if (uri.getRawQuery() != null) {
      url.append('?').append(uri.getRawQuery());
    }
    return new PostgresLocation(url.toString(), p, redact(text));
  }

  /** {@code location} with the password of its user information replaced by {@code ***}. */
  public static String redact(String location) {
    return location
        .replaceFirst("(?i)^((?:jdbc:)?postgres(?:ql)?://[^:/@]*):[^@/]*@", "$1:***@")
        .replaceAll("(?i)([?&]password=)[^&]*", "$1***");
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
