package org.parley.store.cluster;

import org.parley.store.PostgresTestServer;

/** {@link ClustererTest}'s scenarios on a real PostgreSQL server. */
class ClustererPgIT extends ClustererTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }
}
