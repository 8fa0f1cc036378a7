package org.parley.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.parley.store.PostgresTestServer;
import org.parley.store.Store;
import org.parley.store.StoreException;

/** {@link ReadOnlyQueryTest}'s scenarios on a real PostgreSQL server. */
class ReadOnlyQueryPgIT extends ReadOnlyQueryTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }

  @Test
  void aSecondStatementOrACommitCannotSmuggleAWrite() {
    String location = store();
    for (String sql :
        new String[] {
          "SELECT 1; DELETE FROM events",
          "COMMIT; DELETE FROM events",
          "WITH gone AS (DELETE FROM events RETURNING 1) SELECT count(*) FROM gone",
          "UPDATE events SET cameo_code = '190'"
        }) {
      assertThatThrownBy(
              () ->
                  ReadOnlyQuery.run(
                      location, sql, ReadOnlyQuery.Format.TSV, 10, new StringWriter()))
          .as(sql)
          .isInstanceOf(StoreException.class);
    }
    try (Store s = Store.open(location)) {
      assertThat(s.count("events")).isEqualTo(1);
    }
  }
}
