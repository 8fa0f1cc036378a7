package org.parley.server;

import org.parley.store.PostgresTestServer;

/** {@link ApiTest}'s scenarios on a PostgreSQL store (read-only connections, same SQL). */
class ApiPgIT extends ApiTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }

  @Override
  protected String engine() {
    return "postgresql";
  }
}
