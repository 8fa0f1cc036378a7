package org.parley.ingest.dedup;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for every URL that names the same article, so that a story fetched from a feed, a
 * share link and the mobile site is recognised as one. The rules are the ones that hold across news
 * sites: the scheme (http and https both become https), case of scheme and host, default ports,
 * {@code www.}, {@code m.}, {@code mobile.} and {@code amp.} host prefixes, fragments, a trailing
 * slash, an AMP suffix ({@code /amp}), {@code index.html}, dot segments, the tracking parameters
 * that analytics and share buttons append ({@code utm_*}, {@code fbclid}, {@code gclid}, {@code
 * ocid}, ...), the order of the remaining parameters, and needless percent-escapes of unreserved
 * characters. Non-ASCII hosts become Punycode and other non-ASCII characters are percent-encoded as
 * UTF-8, so the result is plain ASCII.
 *
 * <p>Path case is kept: servers treat {@code /World} and {@code /world} as different pages. Query
 * parameters that are not known trackers are kept, since many sites name the article by one ({@code
 * ?id=123}).
 */
public final class UrlNormaliser {
  private static final Pattern SHAPE =
      Pattern.compile(
          "^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?//([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");
  private static final Pattern HOST_LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?");
  private static final Set<String> HOST_PREFIXES = Set.of("www", "m", "mobile", "amp");
  private static final Set<String> TRACKING_NAMES =
      Set.of(
          "fbclid",
          "gclid",
          "gclsrc",
          "dclid",
          "msclkid",
          "yclid",
          "twclid",
          "ttclid",
          "igshid",
          "cmpid",
          "cmp",
          "ocid",
          "ref",
          "ref_src",
          "ref_url",
          "referrer",
          "src",
          "source",
          "smid",
          "smtyp",
          "icid",
          "intcmp",
          "xtor",
          "wt.mc_id",
          "wt_mc",
          "s_cid",
          "s_kwcid",
          "_ga",
          "_gl",
          "si",
          "spm",
          "share",
          "sr_share",
          "soc_src",
          "soc_trk",
          "taid",
          "feature",
          "mkt_tok",
          "trk",
          "trkcampaign",
          "guccounter",
          "amp",
          "outputtype",
          "__twitter_impression",
          "cid_ref",
          "rss",
          "partner",
          "via",
          "hootpostid",
          "_hsenc",
          "_hsmi");
  private static final List<String> TRACKING_PREFIXES =
      List.of(
          "utm_", "at_", "mc_", "pk_", "piwik_", "mtm_", "matomo_", "ns_", "hsa_", "oly_", "guce_",
          "vero_", "sc_");
  private static final String UNRESERVED_PUNCTUATION = "-._~";

  private UrlNormaliser() {}

  /**
   * The canonical form of {@code url}, or empty when it is not an absolute http(s) URL with a valid
   * host. A scheme-relative URL ({@code //host/path}) is taken as https.
   */
  public static Optional<String> normalise(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher shape = SHAPE.matcher(escapeIllegal(url.strip()));
    if (!shape.matches()) {
      return Optional.empty();
    }
    String scheme = shape.group(1) == null ? "https" : shape.group(1).toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    Optional<String> authority = authority(shape.group(2), scheme);
    if (authority.isEmpty()) {
      return Optional.empty();
    }
    String path = path(shape.group(3));
    String query = query(shape.group(4));
    return Optional.of("https://" + authority.get() + path + (query.isEmpty() ? "" : "?" + query));
  }

  private static Optional<String> authority(String raw, String scheme) {
    String hostPort = raw.substring(raw.lastIndexOf('@') + 1);
    String host = hostPort;
    String port = "";
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        return Optional.empty();
      }
      host = hostPort.substring(0, close + 1).toLowerCase(Locale.ROOT);
      String rest = hostPort.substring(close + 1);
      if (!rest.isEmpty() && !rest.startsWith(":")) {
        return Optional.empty();
      }
      port = rest.isEmpty() ? "" : rest.substring(1);
    } else {
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0) {
        host = hostPort.substring(0, colon);
        port = hostPort.substring(colon + 1);
      }
      Optional<String> name = hostName(host);
      if (name.isEmpty()) {
        return Optional.empty();
      }
      host = name.get();
    }
    if (!port.isEmpty()) {
      if (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) {
        return Optional.empty();
      }
      int number = Integer.parseInt(port);
      boolean isDefault =
          (number == 80 && scheme.equals("http")) || (number == 443 && scheme.equals("https"));
      port = isDefault ? "" : ":" + number;
    }
    return Optional.of(host + port);
  }

  private static Optional<String> hostName(String raw) {
    String decoded = percentDecodeAll(raw);
    if (decoded == null) {
      return Optional.empty();
    }
    String host;
    try {
      host = IDN.toASCII(decoded, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    String[] labels = host.split("\\.", -1);
    if (host.isEmpty() || labels.length > 127) {
      return Optional.empty();
    }
    for (String label : labels) {
      if (!HOST_LABEL.matcher(label).matches()) {
        return Optional.empty();
      }
    }
    int first = 0;
    while (labels.length - first > 2 && HOST_PREFIXES.contains(labels[first])) {
      first++;
    }
    return Optional.of(String.join(".", List.of(labels).subList(first, labels.length)));
  }

  private static String path(String raw) {
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : raw.split("/", -1)) {
      String clean = normaliseEscapes(segment);
      if (clean.isEmpty() || clean.equals(".")) {
        continue;
      }
      if (clean.equals("..")) {
        segments.pollLast();
        continue;
      }
      segments.addLast(clean);
    }
    String last = segments.peekLast();
    if (last != null
        && (last.equals("amp")
            || last.equalsIgnoreCase("index.html")
            || last.equalsIgnoreCase("index.htm"))) {
      segments.pollLast();
    }
    return segments.isEmpty() ? "" : "/" + String.join("/", segments);
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String[]> kept = new ArrayList<>();
    for (String pair : raw.split("[&;]")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = normaliseEscapes(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? null : normaliseEscapes(pair.substring(equals + 1));
      if (!isTracking(name)) {
        kept.add(new String[] {name, value});
      }
    }
    kept.sort(
        Comparator.<String[], String>comparing(p -> p[0])
            .thenComparing(p -> p[1] == null ? "" : p[1]));
    List<String> out = new ArrayList<>();
    for (String[] p : kept) {
      out.add(p[1] == null ? p[0] : p[0] + "=" + p[1]);
    }
    return String.join("&", out);
  }

  private static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (TRACKING_NAMES.contains(lower)) {
      return true;
    }
    for (String prefix : TRACKING_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Decodes escapes of unreserved characters ({@code %7E} is {@code ~}), upper-cases the hex of the
   * escapes that must stay, and escapes a stray {@code %} that starts no valid escape.
   */
  private static String normaliseEscapes(String part) {
    StringBuilder out = new StringBuilder(part.length());
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (c == '%') {
        if (i + 2 < part.length() && isHex(part.charAt(i + 1)) && isHex(part.charAt(i + 2))) {
          int value = Integer.parseInt(part.substring(i + 1, i + 3), 16);
          if (isUnreserved(value)) {
            out.append((char) value);
          } else {
            out.append('%').append(part.substring(i + 1, i + 3).toUpperCase(Locale.ROOT));
          }
          i += 2;
        } else {
          out.append("%25");
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Percent-encodes what may not appear in a URL as typed: spaces, some ASCII, non-ASCII. */
  private static String escapeIllegal(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); ) {
      int cp = url.codePointAt(i);
      i += Character.charCount(cp);
      if (cp > 0x20 && cp < 0x7f && "\"<>\\^`{|}".indexOf(cp) < 0) {
        out.append((char) cp);
      } else if (cp < 0x20 || cp == 0x7f) {
        continue;
      } else {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
        }
      }
    }
    return out.toString();
  }

  /** Decodes every escape as UTF-8, for host names; null when the escapes are malformed. */
  private static String percentDecodeAll(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    byte[] bytes = new byte[raw.length()];
    int n = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length() || !isHex(raw.charAt(i + 1)) || !isHex(raw.charAt(i + 2))) {
          return null;
        }
        bytes[n++] = (byte) Integer.parseInt(raw.substring(i + 1, i + 3), 16);
        i += 2;
      } else if (c < 0x80) {
        bytes[n++] = (byte) c;
      } else {
        return null;
      }
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || UNRESERVED_PUNCTUATION.indexOf(c) >= 0;
  }
}
