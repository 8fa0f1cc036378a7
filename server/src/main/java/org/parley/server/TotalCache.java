package org.parley.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recent list totals (the {@code total} of a list response) by query and parameters, so that paging
 * through one filter counts its rows once rather than on every page. An entry lives at most {@link
 * #TTL_NANOS} (another process may write a PostgreSQL store while it is served), and the server
 * clears the cache when it stores posted articles.
 */
final class TotalCache {
  static final long TTL_NANOS = 30_000_000_000L;
  private static final int SIZE = 512;

  private record Key(String sql, List<Object> params) {}

  private record Entry(long total, long at) {}

  private final Map<Key, Entry> entries =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
          return size() > SIZE;
        }
      };

  /** The count {@code sql} gave for {@code params} less than the TTL ago, or -1. */
  synchronized long get(String sql, List<Object> params) {
    Entry e = entries.get(new Key(sql, params));
    if (e == null || System.nanoTime() - e.at() > TTL_NANOS) {
      return -1;
    }
    return e.total();
  }

  synchronized void put(String sql, List<Object> params, long total) {
    entries.put(new Key(sql, List.copyOf(params)), new Entry(total, System.nanoTime()));
  }

  synchronized void clear() {
    entries.clear();
  }
}
