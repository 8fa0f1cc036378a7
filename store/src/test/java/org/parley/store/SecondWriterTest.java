package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.ArticleStatus;
import org.parley.model.CodedDocument;
import org.parley.store.query.ReadOnlyQuery;

/**
 * DuckDB lets one process at a time open a file for writing. A second Parley process on the same
 * store (here a real second JVM holding it open) gets a clear error naming the other process, and
 * the store is unharmed.
 */
class SecondWriterTest {
  /** Opens the store named by the first argument, writes a document, says so and waits. */
  public static final class Holder {
    public static void main(String[] args) throws Exception {
      try (Store s = Store.open(args[0])) {
        CodedDocument doc = Fixtures.document("held");
        s.writeArticle(doc.article(), ArticleStatus.coded(), List.of(), "run-held");
        s.writeDocument(doc, "run-held");
        System.out.println("open");
        System.out.flush();
        // Until the test closes our standard input.
        while (System.in.read() >= 0) {
          // waiting
        }
      }
    }
  }

  @Test
  void aSecondProcessIsToldTheStoreIsInUseAndTheStoreIsUnharmed(@TempDir Path dir)
      throws Exception {
    String file = dir.resolve("busy.duckdb").toString();
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Holder.class.getName(),
                file)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(out.readLine()).isEqualTo("open");

      assertThatThrownBy(() -> Store.open(file))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining(
              "store " + file + " is in use by another process (PID " + holder.pid())
          .hasMessageContaining("one writer at a time");
      assertThatThrownBy(
              () ->
                  ReadOnlyQuery.run(
                      file, "SELECT 1", ReadOnlyQuery.Format.TSV, 1, new StringWriter()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another process");
    } finally {
      holder.getOutputStream().close();
      assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(holder.exitValue()).isZero();
    try (Store s = Store.open(file)) {
      assertThat(s.count("events")).isEqualTo(1);
      assertThat(s.findEvent("held-0-0")).isPresent();
    }
  }
}
