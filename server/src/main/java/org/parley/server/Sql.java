package org.parley.server;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs parameterised SQL and turns rows into JSON-ready maps (column label to plain value). */
final class Sql {
  private Sql() {}

  /** The rows of {@code sql} with {@code params} bound in order. */
  static List<Map<String, Object>> rows(Connection c, String sql, List<?> params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet r = ps.executeQuery()) {
        ResultSetMetaData md = r.getMetaData();
        int n = md.getColumnCount();
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
          labels[i] = md.getColumnLabel(i + 1).toLowerCase(java.util.Locale.ROOT);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            row.put(labels[i], plain(r.getObject(i + 1)));
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** The single number {@code sql} answers. */
  static long count(Connection c, String sql, List<?> params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet r = ps.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  static void bind(PreparedStatement ps, List<?> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof String s) {
        ps.setString(i + 1, s);
      } else if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (p instanceof Long n) {
        ps.setLong(i + 1, n);
      } else {
        throw new IllegalStateException("unexpected parameter type " + p);
      }
    }
  }

  /** The conditions joined with AND, each in parentheses; "TRUE" when there are none. */
  static String and(List<String> conditions) {
    return conditions.isEmpty() ? "TRUE" : "(" + String.join(") AND (", conditions) + ")";
  }

  /** "(?, ?, ...)" for {@code values}, which are added to {@code params}. */
  static String in(List<?> values, List<Object> params) {
    params.addAll(values);
    return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  /** A JDBC value as a JSON-ready value: numbers, strings, lists; dates as ISO strings. */
  static Object plain(Object v) throws SQLException {
    if (v == null
        || v instanceof String
        || v instanceof Integer
        || v instanceof Long
        || v instanceof Double
        || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Short s) {
      return (int) s;
    }
    if (v instanceof Byte b) {
      return (int) b;
    }
    if (v instanceof Float f) {
      return (double) f;
    }
    if (v instanceof BigInteger b) {
      return b.longValue();
    }
    if (v instanceof BigDecimal b) {
      return b.scale() <= 0 ? (Object) b.longValue() : (Object) b.doubleValue();
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof LocalDate d) {
      return d.toString();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC).toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toInstant(ZoneOffset.UTC).toString();
    }
    if (v instanceof OffsetDateTime t) {
      return t.toInstant().toString();
    }
    if (v instanceof Array a) {
      Object[] items = (Object[]) a.getArray();
      List<Object> out = new ArrayList<>();
      for (Object item : items) {
        out.add(plain(item));
      }
      return out;
    }
    return v.toString();
  }
}
