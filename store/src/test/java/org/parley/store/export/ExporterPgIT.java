package org.parley.store.export;

import org.parley.store.PostgresTestServer;

/** {@link ExporterTest}'s scenarios on a real PostgreSQL server. */
class ExporterPgIT extends ExporterTest {
  @Override
  protected String newLocation() {
    return PostgresTestServer.newDatabase();
  }
}
