package org.parley.store.aggregate;

import org.parley.store.PostgresTestServer;

/** {@link AggregatesTest}'s scenarios on a real PostgreSQL server. */
class AggregatesPgIT extends AggregatesTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }
}
