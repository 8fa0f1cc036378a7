package org.parley.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction over the fixtures as a bag of body tokens (precision, recall, F1 against the
 * expected paragraphs) and as metadata fields right, prints the table, and holds floors that may
 * only go up. Run alone with {@code mvn -B -q test -pl model,ingest
 * -Dtest=HtmlExtractionMeasureTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HtmlExtractionMeasureTest {
  /** The figures of one fixture set: the printed table and the overall scores. */
  record Measured(String table, double f1, double fieldAccuracy) {}

  @Test
  void bodyTokensAndMetadataFieldsMeetTheirFloors() throws IOException {
    Measured m = measure("html", HtmlExtractorTest.FIXTURES);
    System.out.print(m.table());
    assertThat(m.f1()).as(m.table()).isGreaterThanOrEqualTo(0.95);
    assertThat(m.fieldAccuracy()).as(m.table()).isGreaterThanOrEqualTo(0.95);
  }

  /** Measures the fixtures {@code NAME.html} + {@code NAME.expected.json} under {@code /dir}. */
  static Measured measure(String dir, List<String> fixtures) throws IOException {
    long tp = 0;
    long gotAll = 0;
    long wantAll = 0;
    int fieldsRight = 0;
    int fieldsAll = 0;
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(
            Locale.ROOT,
            "%-16s %6s %6s %6s %7s  %s%n",
            "fixture",
            "P",
            "R",
            "F1",
            "fields",
            "wrong"));
    for (String fixture : fixtures) {
      JsonNode exp = HtmlExtractorTest.expected(dir, fixture);
      ExtractedPage page = HtmlExtractorTest.extract(dir, fixture);
      Map<String, Integer> want = bag(String.join(" ", HtmlExtractorTest.expectedParagraphs(exp)));
      Map<String, Integer> got = bag(page.body());
      long overlap = 0;
      for (Map.Entry<String, Integer> e : got.entrySet()) {
        overlap += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
      }
      long g = got.values().stream().mapToLong(Integer::longValue).sum();
      long w = want.values().stream().mapToLong(Integer::longValue).sum();
      tp += overlap;
      gotAll += g;
      wantAll += w;
      int right = 0;
      StringBuilder wrong = new StringBuilder();
      for (String f : HtmlExtractorTest.FIELDS) {
        JsonNode v = exp.get(f);
        Optional<String> expected =
            v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
        Optional<String> actual = HtmlExtractorTest.field(page, f);
        if (actual.equals(expected)) {
          right++;
        } else {
          wrong.append(' ').append(f).append('=').append(actual.orElse("-"));
        }
      }
      fieldsRight += right;
      fieldsAll += HtmlExtractorTest.FIELDS.size();
      double p = g == 0 ? (w == 0 ? 1 : 0) : (double) overlap / g;
      double r = w == 0 ? (g == 0 ? 1 : 0) : (double) overlap / w;
      table.append(
          String.format(
              Locale.ROOT,
              "%-16s %6.3f %6.3f %6.3f %4d/%d %s%n",
              fixture,
              p,
              r,
              f1(p, r),
              right,
              HtmlExtractorTest.FIELDS.size(),
              wrong));
    }
    double p = gotAll == 0 ? 0 : (double) tp / gotAll;
    double r = wantAll == 0 ? 0 : (double) tp / wantAll;
    double fieldAccuracy = (double) fieldsRight / fieldsAll;
    table.append(
        String.format(
            Locale.ROOT,
            "%-16s %6.3f %6.3f %6.3f %4d/%d (%.3f)%n",
            "overall",
            p,
            r,
            f1(p, r),
            fieldsRight,
            fieldsAll,
            fieldAccuracy));
    return new Measured(table.toString(), f1(p, r), fieldAccuracy);
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> out = new HashMap<>();
    for (String t : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        out.merge(t, 1, Integer::sum);
      }
    }
    return out;
  }
}
