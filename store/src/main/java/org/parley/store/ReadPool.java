package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed set of read connections to one store ({@link Store#readPool}), lent to one reader at a
 * time, so concurrent readers (the HTTP server's request threads) do not queue on the store's
 * single connection. Each connection is in auto-commit mode: every read sees what was committed
 * before it.
 */
public final class ReadPool implements AutoCloseable {
  private final String location;
  private final List<Connection> all;
  private final BlockingQueue<Connection> free;
  private volatile boolean closed;

  ReadPool(String location, List<Connection> connections) {
    this.location = location;
    this.all = List.copyOf(connections);
    this.free = new ArrayBlockingQueue<>(all.size(), false, all);
  }

  /** The number of connections. */
  public int size() {
    return all.size();
  }

  /**
   * Runs read-only {@code work} on a free connection, waiting for one when all are lent; failures
   * are reported as {@link StoreException} naming the store and {@code what}. The work must not
   * write.
   */
  public <T> T read(String what, Store.ConnectionWork<T> work) {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(work, "work");
    Connection c;
    try {
      c = free.poll(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("store " + location + ": interrupted waiting to " + what, e);
    }
    if (c == null || closed) {
      if (c != null) {
        free.add(c);
      }
      throw new StoreException(
          "store " + location + ": no read connection free for 30 s (or the pool is closed)");
    }
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException("store " + location + ": cannot " + what + ": " + e.getMessage(), e);
    } finally {
      free.add(c);
    }
  }

  @Override
  public void close() {
    closed = true;
    StoreException failure = null;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = new StoreException("cannot close a read connection of " + location, e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
