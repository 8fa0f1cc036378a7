package org.parley.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.model.Event;
import org.parley.model.Modality;
import org.parley.store.Fixtures;
import org.parley.store.Store;

/**
 * Clustering speed on synthetic events: {@code mvn test -pl model,ontology,store
 * -Dtest=ClusterBench -Dparley.bench=true}. 1,000 articles of 100 events each (few articles, so
 * that writing them is quick), 30 countries, 40 codes, one year, 20 outlets, a tenth with a place;
 * then a second run of 100 such articles.
 */
@EnabledIfSystemProperty(named = "parley.bench", matches = "true")
public class ClusterBench {
  static final String[] COUNTRIES = new String[30];
  static final String[] CODES = {
    "01", "010", "011", "012", "013", "02", "020", "022", "03", "030", "031", "036", "04", "040",
    "042", "043", "046", "05", "051", "057", "06", "061", "07", "070", "08", "080", "09", "10",
    "11", "111", "112", "12", "13", "14", "15", "16", "17", "18", "19", "190"
  };

  static {
    for (int i = 0; i < COUNTRIES.length; i++) {
      COUNTRIES[i] = "" + (char) ('A' + i / 26) + (char) ('A' + i % 26) + "X";
    }
  }

  public static List<CodedDocument> docs(Random rnd, String prefix, int n, int perDoc) {
    LocalDate start = LocalDate.of(2020, 1, 1);
    List<CodedDocument> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      String id = prefix + d;
      LocalDate published = start.plusDays(rnd.nextInt(366));
      List<Event> events = new ArrayList<>();
      for (int k = 0; k < perDoc; k++) {
        String src = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        String tgt = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
        String code = CODES[rnd.nextInt(CODES.length)];
        String date = published.minusDays(rnd.nextInt(3)).toString();
        events.add(
            Fixtures.event(
                id,
                k,
                k,
                src + (rnd.nextInt(3) == 0 ? "GOV" : ""),
                tgt,
                code,
                date,
                Modality.ASSERTED,
                rnd.nextInt(10) == 0 ? Fixtures.place("City" + rnd.nextInt(5), tgt, null) : null,
                1.0,
                1,
                1));
      }
      out.add(
          Fixtures.document(
              Fixtures.article(id, "Outlet " + rnd.nextInt(20), published.toString()), events));
    }
    return out;
  }

  @Test
  void hundredThousandEvents() {
    try (Store store = Store.open(Store.IN_MEMORY)) {
      Random rnd = new Random(42);
      long t0 = System.nanoTime();
      for (CodedDocument d : docs(rnd, "d", 1_000, 100)) {
        store.writeDocument(d, "r1");
        store.writeArticle(d.article(), ArticleStatus.coded(), List.of(), "r1");
      }
      long t1 = System.nanoTime();
      Clusterer.Result first = Clusterer.update(store, "r1");
      long t2 = System.nanoTime();
      for (CodedDocument d : docs(rnd, "n", 100, 100)) {
        store.writeDocument(d, "r2");
        store.writeArticle(d.article(), ArticleStatus.coded(), List.of(), "r2");
      }
      Clusterer.Result second = Clusterer.update(store, "r2");
      long t3 = System.nanoTime();
      System.out.printf(
          "write 100k events %.1f s; cluster 100k: %s (%.1f s); second run of 10k: %s (%.1f s)%n",
          (t1 - t0) / 1e9, first, (t2 - t1) / 1e9, second, (t3 - t2) / 1e9);
      assertThat(first.pending()).isEqualTo(100_000);
      assertThat(store.count("cluster_members")).isEqualTo(110_000);
    }
  }
}
