package org.parley.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
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
  @Test
  void bodyTokensAndMetadataFieldsMeetTheirFloors() throws IOException {
    long tp = 0;
    long gotAll = 0;
    long wantAll = 0;
    int fieldsRight = 0;
    int fieldsAll = 0;
    StringBuilder table = new StringBuilder();
    table.append(
        String.format(Locale.ROOT, "%-16s %6s %6s %6s %7s%n", "fixture", "P", "R", "F1", "fields"));
    for (String fixture : HtmlExtractorTest.FIXTURES) {
      JsonNode exp = HtmlExtractorTest.expected(fixture);
      ExtractedPage page = HtmlExtractorTest.extract(fixture);
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
      for (String f : HtmlExtractorTest.FIELDS) {
        JsonNode v = exp.get(f);
        Optional<String> expected =
            v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
        if (HtmlExtractorTest.field(page, f).equals(expected)) {
          right++;
        }
      }
      fieldsRight += right;
      fieldsAll += HtmlExtractorTest.FIELDS.size();
      double p = g == 0 ? (w == 0 ? 1 : 0) : (double) overlap / g;
      double r = w == 0 ? (g == 0 ? 1 : 0) : (double) overlap / w;
      table.append(
          String.format(
              Locale.ROOT,
              "%-16s %6.3f %6.3f %6.3f %4d/%d%n",
              fixture,
              p,
              r,
              f1(p, r),
              right,
              HtmlExtractorTest.FIELDS.size()));
    }
    double p = (double) tp / gotAll;
    double r = (double) tp / wantAll;
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
    System.out.print(table);
    assertThat(f1(p, r)).as(table.toString()).isGreaterThanOrEqualTo(0.95);
    assertThat(fieldAccuracy).as(table.toString()).isGreaterThanOrEqualTo(0.95);
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
