package org.parley.ingest.format;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageHeaders;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.parley.ingest.text.DecodedText;
import org.parley.ingest.text.HtmlDecoding;
import org.parley.model.ContentHash;
import org.parley.model.Diagnostic;

/**
 * Reads web archives (WARC 1.0/1.1 and the older ARC, plain or gzipped record by record) as the
 * HTML pages they captured, because crawls are how most news reaches a corpus. One record is held
 * at a time.
 *
 * <p>An article candidate is a {@code response} record holding an HTTP 200 response whose payload
 * is HTML (by its Content-Type, or by its first bytes when the type is missing or generic), or a
 * {@code resource} record holding HTML. Each becomes a {@link SourceDocument} of type HTML, or a
 * {@link SourceRejection} saying why it could not be read (too large, an unsupported
 * Content-Encoding, empty). Every other record (warcinfo, request, metadata, revisit, images, PDFs,
 * redirects, errors) is not an article: a rejection each would bury the pages in noise, so they are
 * counted and reported in one rejection per file, {@code "non-article records"}, whose diagnostic
 * gives the counts by kind.
 *
 * <p>A damaged archive (cut short, a corrupt gzip member, garbage between records, not an archive
 * at all) yields a located rejection (record ordinal and byte offset of the record in the file, the
 * gzip member's offset for compressed files) and reading resumes at the next record start found
 * after it, or stops when there is none.
 */
public final class WarcReader implements FormatReader {
  /** Larger payloads are not news pages (or are pages whose story would not be worth the heap). */
  public static final int MAX_PAYLOAD_BYTES = 16 << 20;

  /** After this many damaged stretches a file is given up: it is not an archive worth resyncing. */
  static final int MAX_ERRORS_PER_FILE = 50;

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  /** Types servers send when they do not know; the payload's first bytes decide. */
  private static final Set<String> GENERIC_TYPES =
      Set.of(
          "",
          "application/octet-stream",
          "binary/octet-stream",
          "application/unknown",
          "application/x-unknown",
          "unknown/unknown",
          "*/*");

  private static final Set<String> SUPPORTED_ENCODINGS =
      Set.of("gzip", "x-gzip", "deflate", "identity", "none");

  /** Tags that open an HTML document (the HTML sniffing algorithm's list, WHATWG MIME Sniffing). */
  private static final List<String> HTML_OPENINGS =
      List.of(
          "<!doctype html",
          "<html",
          "<head",
          "<script",
          "<iframe",
          "<h1",
          "<div",
          "<font",
          "<table",
          "<a",
          "<style",
          "<title",
          "<b",
          "<body",
          "<br",
          "<p");

  /** An ARC v1/v2 record header line: URL, IP, 14-digit date, type, length. */
  private static final Pattern ARC_HEADER =
      Pattern.compile("[a-z][a-z0-9+.\\-]*:\\S* \\S+ \\d{8,28} \\S* (?:.* )?\\d+");

  private static final int SCAN_BLOCK = 1 << 16;

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public void read(InputFile file, Manifest manifest, Consumer<SourceItem> out) {
    // jwarc reads gzip-per-record WARCs itself, so it gets the file on disk: offsets in messages
    // are then offsets in the file the user has.
    new FileRead(file.path(), file.location(), out).run();
  }

  /** The state of reading one file. */
  private static final class FileRead {
    private final String location;
    private final Path file;
    private final Consumer<SourceItem> out;
    private final Map<String, Integer> notArticles = new LinkedHashMap<>();
    private final Map<String, Integer> warnings = new LinkedHashMap<>();
    private long records;
    private long pages;
    private long rejectedPages;
    private int errors;

    FileRead(Path file, String location, Consumer<SourceItem> out) {
      this.file = file;
      this.location = location;
      this.out = out;
    }

    void run() {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        readRecords(channel);
      } catch (IOException e) {
        reject(Diagnostic.Severity.ERROR, 0, -1, "unreadable file", String.valueOf(e.getMessage()));
      }
      summarise();
    }

    private void readRecords(FileChannel channel) throws IOException {
      org.netpreserve.jwarc.WarcReader reader;
      try {
        reader = new org.netpreserve.jwarc.WarcReader(channel);
      } catch (IOException | RuntimeException e) {
        reject(Diagnostic.Severity.ERROR, 1, 0, "not a WARC or ARC file", describe(e));
        return;
      }
      reader.setLenient(true);
      reader.onWarning(w -> warnings.merge(w, 1, Integer::sum));
      WarcCompression compression = reader.compression();
      while (true) {
        long before = reader.position();
        WarcRecord record;
        try {
          Optional<WarcRecord> next = reader.next();
          if (next.isEmpty()) {
            return;
          }
          record = next.get();
        } catch (IOException | RuntimeException e) {
          long at = reader.position();
          // A failure before the position moved on happened while finishing the previous record.
          long ordinal = at == before && records > 0 ? records : records + 1;
          if (!resync(channel, reader, compression, ordinal, at, e)) {
            return;
          }
          continue;
        }
        records++;
        long offset = reader.position();
        try {
          readRecord(record, records, offset);
        } catch (ParsingException e) {
          rejectPage(records, offset, "invalid HTTP response", describe(e));
        } catch (IOException | RuntimeException e) {
          if (!resync(channel, reader, compression, records, offset, e)) {
            return;
          }
        }
      }
    }

    /**
     * Reports a damaged stretch and moves the reader to the next record start after it; false when
     * there is none (or too much damage), and the rest of the file is not read.
     */
    private boolean resync(
        FileChannel channel,
        org.netpreserve.jwarc.WarcReader reader,
        WarcCompression compression,
        long ordinal,
        long offset,
        Exception e) {
      errors++;
      String reason = reasonFor(e, ordinal, offset);
      Optional<Long> resume = Optional.empty();
      if (errors < MAX_ERRORS_PER_FILE) {
        try {
          resume = findRecordStart(channel, Math.max(0, offset) + 1, compression);
          if (resume.isPresent()) {
            reader.position(resume.get());
          }
        } catch (IOException | RuntimeException seekFailure) {
          resume = Optional.empty();
        }
      }
      String then =
          resume.isPresent()
              ? "; reading resumes at offset " + resume.get()
              : errors >= MAX_ERRORS_PER_FILE
                  ? "; too many errors, rest of file not read"
                  : "; no further record found, rest of file not read";
      reject(Diagnostic.Severity.ERROR, ordinal, offset, reason, describe(e) + then);
      return resume.isPresent();
    }

    private String reasonFor(Exception e, long ordinal, long offset) {
      if (records == 0 && ordinal == 1 && offset == 0 && !(e instanceof EOFException)) {
        return "not a WARC or ARC file";
      }
      if (e instanceof EOFException) {
        return "truncated record";
      }
      if (e instanceof ZipException) {
        return "corrupt gzip member";
      }
      if (e instanceof ParsingException) {
        return "invalid record header";
      }
      return e instanceof IOException ? "unreadable record" : "invalid record";
    }

    private void readRecord(WarcRecord record, long ordinal, long offset) throws IOException {
      MessageHeaders headers = record.headers();
      String type = headers.first("WARC-Type").orElse("unknown");
      if (record instanceof WarcResponse response) {
        String blockType = baseType(headers.first("Content-Type").orElse(""));
        if (!blockType.equals("application/http")) {
          notArticle("response " + (blockType.isEmpty() ? "without type" : blockType));
          return;
        }
        HttpResponse http = response.http();
        if (http.status() != 200) {
          notArticle("status " + http.status());
          return;
        }
        Optional<String> contentType = http.headers().first("Content-Type");
        Optional<Boolean> html =
            isHtmlType(contentType.orElse(""), headers.first("WARC-Identified-Payload-Type"));
        if (html.isPresent() && !html.get()) {
          notArticle(baseType(contentType.orElse("")));
          return;
        }
        List<String> encodings =
            http.headers().all("Content-Encoding").stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .filter(v -> !v.equals("identity") && !v.equals("none") && !v.isEmpty())
                .toList();
        if (encodings.size() > 1 || !SUPPORTED_ENCODINGS.containsAll(encodings)) {
          rejectPage(
              ordinal,
              offset,
              "unsupported content encoding",
              String.join(", ", encodings) + " (not decoded)");
          return;
        }
        Optional<byte[]> payload = readLimited(http.bodyDecoded().stream(), ordinal, offset);
        if (payload.isEmpty()) {
          return;
        }
        if (html.isEmpty() && !looksLikeHtml(payload.get())) {
          notArticle(contentType.map(WarcReader::baseType).orElse("response without type"));
          return;
        }
        emit(
            record,
            headers,
            ordinal,
            offset,
            payload.get(),
            contentType.flatMap(WarcReader::charsetOf));
      } else if (record instanceof WarcResource) {
        String declared = headers.first("Content-Type").orElse("");
        Optional<Boolean> html =
            isHtmlType(declared, headers.first("WARC-Identified-Payload-Type"));
        if (html.isPresent() && !html.get()) {
          notArticle("resource " + baseType(declared));
          return;
        }
        Optional<byte[]> payload = readLimited(record.body().stream(), ordinal, offset);
        if (payload.isEmpty()) {
          return;
        }
        if (html.isEmpty() && !looksLikeHtml(payload.get())) {
          notArticle("resource " + (declared.isEmpty() ? "without type" : baseType(declared)));
          return;
        }
        emit(record, headers, ordinal, offset, payload.get(), charsetOf(declared));
      } else {
        notArticle(type);
      }
    }

    /** The payload, or empty (and a rejection) when it is empty or over the size limit. */
    private Optional<byte[]> readLimited(InputStream in, long ordinal, long offset)
        throws IOException {
      byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
      if (bytes.length > MAX_PAYLOAD_BYTES) {
        rejectPage(
            ordinal,
            offset,
            "page too large",
            "payload over " + MAX_PAYLOAD_BYTES + " bytes, not read");
        return Optional.empty();
      }
      if (bytes.length == 0) {
        rejectPage(ordinal, offset, "empty page", "");
        return Optional.empty();
      }
      return Optional.of(bytes);
    }

    private void emit(
        WarcRecord record,
        MessageHeaders headers,
        long ordinal,
        long offset,
        byte[] payload,
        Optional<String> charset) {
      Optional<String> url = headers.first("WARC-Target-URI").map(String::strip);
      String id = recordId(headers, url);
      DecodedText decoded = HtmlDecoding.decode(payload, charset);
      List<Diagnostic> diagnostics = new ArrayList<>();
      if (decoded.usedFallback()) {
        diagnostics.add(
            new Diagnostic(
                Diagnostic.Severity.WARNING,
                location,
                recordName(ordinal),
                offset,
                "page not valid UTF-8 (byte "
                    + decoded.firstInvalidUtf8Offset()
                    + " of the payload) and no usable charset declared; decoded as "
                    + decoded.charset().name()));
      }
      headers
          .first("WARC-Truncated")
          .ifPresent(
              why ->
                  diagnostics.add(
                      new Diagnostic(
                          Diagnostic.Severity.WARNING,
                          location,
                          recordName(ordinal),
                          offset,
                          "page truncated by the crawler (" + why + ")")));
      pages++;
      out.accept(
          new SourceDocument(
              location,
              recordName(ordinal) + " @ offset " + offset,
              id,
              decoded.text(),
              SourceDocument.ContentType.HTML,
              new SourceMetadata(
                  Optional.of(id),
                  url.filter(u -> !u.isEmpty()),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty()),
              SourceDocument.ORIGIN_RECORD,
              diagnostics));
    }

    private void notArticle(String kind) {
      notArticles.merge(kind, 1, Integer::sum);
    }

    private void rejectPage(long ordinal, long offset, String reason, String detail) {
      rejectedPages++;
      reject(Diagnostic.Severity.ERROR, ordinal, offset, reason, detail);
    }

    private void reject(
        Diagnostic.Severity severity, long ordinal, long offset, String reason, String detail) {
      String record = ordinal <= 0 ? "" : recordName(ordinal);
      String where = record.isEmpty() || offset < 0 ? record : record + " @ offset " + offset;
      out.accept(
          new SourceRejection(
              where.isEmpty() ? location : location + ":" + where,
              reason,
              List.of(
                  new Diagnostic(
                      severity,
                      location,
                      record,
                      offset,
                      detail.isEmpty() ? reason : reason + ": " + detail))));
    }

    /** The one line that accounts for the records that are not articles. */
    private void summarise() {
      if (records == 0 && errors == 0) {
        out.accept(
            SourceRejection.of(Diagnostic.Severity.WARNING, location, "", "no WARC records"));
        return;
      }
      long others = notArticles.values().stream().mapToLong(Integer::longValue).sum();
      if (others == 0 && warnings.isEmpty()) {
        return;
      }
      StringBuilder sb = new StringBuilder();
      sb.append(records).append(records == 1 ? " record: " : " records: ");
      sb.append(pages).append(pages == 1 ? " HTML page" : " HTML pages");
      if (rejectedPages > 0) {
        sb.append(", ").append(rejectedPages).append(" HTML pages not read");
      }
      sb.append(", ").append(others).append(" not articles");
      if (others > 0) {
        sb.append(" (").append(counts(notArticles)).append(')');
      }
      if (!warnings.isEmpty()) {
        sb.append("; archive warnings: ").append(counts(warnings));
      }
      out.accept(
          new SourceRejection(
              location,
              "non-article records",
              List.of(
                  new Diagnostic(Diagnostic.Severity.WARNING, location, "", -1, sb.toString()))));
    }
  }

  private static String counts(Map<String, Integer> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String recordName(long ordinal) {
    return "record " + ordinal;
  }

  /**
   * A stable id: the same record read from any copy of the archive gets the same one. WARC records
   * carry a unique WARC-Record-ID; ARC records do not, and are named by their URL and capture date.
   */
  static String recordId(MessageHeaders headers, Optional<String> url) {
    Optional<String> warcId = headers.first("WARC-Record-ID").map(String::strip);
    String key =
        warcId
            .filter(s -> !s.isEmpty())
            .orElseGet(
                () ->
                    "arc "
                        + url.orElse("")
                        + " "
                        + headers.first("WARC-Date").orElse("")
                        + " "
                        + headers.first("Content-Length").orElse(""));
    return "warc-" + ContentHash.shortId(key);
  }

  /** The lower-case type/subtype of a Content-Type value, empty when there is none. */
  static String baseType(String contentType) {
    int semi = contentType.indexOf(';');
    String base = (semi < 0 ? contentType : contentType.substring(0, semi));
    return base.strip().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of a Content-Type value. */
  static Optional<String> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      int eq = part.indexOf('=');
      if (eq > 0 && part.substring(0, eq).strip().equalsIgnoreCase("charset")) {
        String value = part.substring(eq + 1).strip().replace("\"", "").replace("'", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a payload of this declared type is HTML; empty when the type says nothing (missing or
   * generic) and the payload must be sniffed. A crawler's identified payload type settles a generic
   * one.
   */
  static Optional<Boolean> isHtmlType(String declared, Optional<String> identified) {
    String base = baseType(declared);
    if (!GENERIC_TYPES.contains(base)) {
      return Optional.of(HTML_TYPES.contains(base));
    }
    if (identified.isPresent() && !GENERIC_TYPES.contains(baseType(identified.get()))) {
      return Optional.of(HTML_TYPES.contains(baseType(identified.get())));
    }
    return Optional.empty();
  }

  /**
   * Whether the payload starts like an HTML document, skipping a byte-order mark and white space
   * (the HTML pattern of WHATWG MIME Sniffing, plus XHTML's XML declaration).
   */
  static boolean looksLikeHtml(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < bytes.length && (bytes[i] == ' ' || (bytes[i] >= '\t' && bytes[i] <= '\r'))) {
      i++;
    }
    String head =
        new String(bytes, i, Math.min(bytes.length - i, 512), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!--")) {
      return true;
    }
    if (head.startsWith("<?xml")) {
      return head.contains("<html");
    }
    for (String opening : HTML_OPENINGS) {
      if (head.startsWith(opening)
          && head.length() > opening.length()
          && (head.charAt(opening.length()) == ' ' || head.charAt(opening.length()) == '>')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The offset of the next record start at or after {@code from}: a gzip member header in a
   * compressed file, else a line starting a WARC or ARC header.
   */
  static Optional<Long> findRecordStart(FileChannel channel, long from, WarcCompression compression)
      throws IOException {
    long size = channel.size();
    ByteBuffer block = ByteBuffer.allocate(SCAN_BLOCK);
    // Blocks overlap by a header's length so a start straddling two blocks is still seen.
    int overlap = 512;
    for (long start = from; start < size; start += SCAN_BLOCK - overlap) {
      block.clear();
      int n = 0;
      while (block.hasRemaining()) {
        int r = channel.read(block, start + n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      byte[] b = block.array();
      for (int i = 0; i < n; i++) {
        if (i >= SCAN_BLOCK - overlap && start + n < size) {
          break;
        }
        boolean found =
            compression == WarcCompression.GZIP
                ? i + 2 < n && (b[i] & 0xFF) == 0x1F && (b[i + 1] & 0xFF) == 0x8B && b[i + 2] == 8
                : (start + i == 0 || (i > 0 ? b[i - 1] == '\n' : precededByNewline(channel, start)))
                    && startsHeader(b, i, n);
        if (found) {
          return Optional.of(start + i);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean precededByNewline(FileChannel channel, long position) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    return channel.read(one, position - 1) == 1 && one.get(0) == '\n';
  }

  private static boolean startsHeader(byte[] b, int i, int n) {
    int end = i;
    while (end < n && end - i < 512 && b[end] != '\n') {
      end++;
    }
    String line = new String(b, i, end - i, StandardCharsets.ISO_8859_1);
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.startsWith("WARC/") || ARC_HEADER.matcher(line).matches();
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    String kind = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? kind : message;
  }
}
