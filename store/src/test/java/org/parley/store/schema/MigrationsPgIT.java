package org.parley.store.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.parley.store.PostgresLocation;
import org.parley.store.PostgresTestServer;

/** {@link MigrationsTest}'s scenarios on a new database of a real PostgreSQL server. */
class MigrationsPgIT extends MigrationsTest {
  @Override
  protected Connection emptyDatabase() throws SQLException {
    PostgresLocation pg = PostgresLocation.parse(PostgresTestServer.newDatabase());
    return DriverManager.getConnection(pg.jdbcUrl(), pg.properties());
  }
}
