package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.parley.store.export.FlatTable;

/**
 * The Parquet tables the job writes. Events are {@code parley export --format parquet}'s flat table
 * ({@link FlatTable}, same columns and types); quotes, mentions and articles keep the field names
 * and nesting of their JSONL contract lines ({@code ContractMaps}), so a reader of {@code
 * quotes.jsonl} finds the same fields. Quotes, mentions and articles are partitioned by their
 * article's publication year and month, events by the event's date, as the export does.
 */
final class Tables {
  static final String YEAR = "year";
  static final String MONTH = "month";

  static final StructType EVENT = events();

  private static final ArrayType SPAN = DataTypes.createArrayType(DataTypes.IntegerType, false);
  private static final ArrayType STRINGS = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType QUOTE =
      struct(
          field("quote_id", DataTypes.StringType),
          field("doc_id", DataTypes.StringType),
          field("text", DataTypes.StringType),
          field("span", SPAN),
          field(
              "speaker",
              struct(
                  field("text", DataTypes.StringType),
                  field("span", SPAN),
                  field("code", DataTypes.StringType))),
          field("cue", DataTypes.StringType),
          field("event_id", DataTypes.StringType));

  static final StructType MENTION =
      struct(
          field("doc_id", DataTypes.StringType),
          field("sentence_index", DataTypes.IntegerType),
          field("text", DataTypes.StringType),
          field("span", SPAN),
          field("kind", DataTypes.StringType),
          field("code", DataTypes.StringType),
          field("country", DataTypes.StringType),
          field("sectors", STRINGS),
          field("resolved_by", DataTypes.StringType),
          field("entry", DataTypes.StringType),
          field("entries", STRINGS),
          field("reason", DataTypes.StringType));

  static final StructType ARTICLE =
      struct(
          field("id", DataTypes.StringType),
          field("url", DataTypes.StringType),
          field("outlet", DataTypes.StringType),
          field("published", DataTypes.StringType),
          field("language", DataTypes.StringType),
          field("title", DataTypes.StringType),
          field("sha256", DataTypes.StringType),
          field("status", DataTypes.StringType),
          field("source", DataTypes.StringType),
          field("published_source", DataTypes.StringType),
          field("byline", DataTypes.StringType),
          field("duplicate_of", DataTypes.StringType),
          field("duplicate_basis", DataTypes.StringType),
          field("duplicate_similarity", DataTypes.DoubleType),
          field("diagnostics", STRINGS));

  /**
   * One output record of the coding stage, before duplicates across files are settled: which table
   * it belongs to, the input record it came from ({@code file}, {@code seq}), the partition, and
   * exactly one of the four table rows.
   */
  static final StructType RECORD =
      struct(
          field("kind", DataTypes.StringType),
          field("file", DataTypes.StringType),
          field("seq", DataTypes.IntegerType),
          field(YEAR, DataTypes.IntegerType),
          field(MONTH, DataTypes.IntegerType),
          field("event", EVENT),
          field("quote", QUOTE),
          field("mention", MENTION),
          field("article", ARTICLE));

  private Tables() {}

  private static StructType events() {
    List<StructField> fields = new ArrayList<>();
    for (FlatTable.Column c : FlatTable.COLUMNS) {
      fields.add(field(c.name(), sqlType(c.sqlType())));
    }
    return DataTypes.createStructType(fields);
  }

  private static DataType sqlType(String sql) {
    return switch (sql) {
      case "VARCHAR" -> DataTypes.StringType;
      case "INTEGER" -> DataTypes.IntegerType;
      case "BIGINT" -> DataTypes.LongType;
      case "DOUBLE" -> DataTypes.DoubleType;
      default -> throw new IllegalStateException("no Spark type for the flat table's " + sql);
    };
  }

  /** The flat table's row as a Spark row (same order, same Java types). */
  static Row eventRow(List<Object> values) {
    return RowFactory.create(values.toArray());
  }

  /** A contract map ({@code ContractMaps}) as a row of {@code type}, nested maps as structs. */
  static Row row(Map<String, Object> map, StructType type) {
    Object[] values = new Object[type.fields().length];
    for (int i = 0; i < values.length; i++) {
      StructField f = type.fields()[i];
      if (!map.containsKey(f.name())) {
        throw new IllegalStateException("the contract map has no field " + f.name());
      }
      values[i] = value(map.get(f.name()), f.dataType());
    }
    return RowFactory.create(values);
  }

  @SuppressWarnings("unchecked")
  private static Object value(Object v, DataType type) {
    if (v == null) {
      return null;
    }
    if (type instanceof StructType s) {
      return row((Map<String, Object>) v, s);
    }
    if (type instanceof ArrayType a) {
      List<Object> out = new ArrayList<>();
      for (Object e : (List<Object>) v) {
        out.add(value(e, a.elementType()));
      }
      return scala.jdk.javaapi.CollectionConverters.asScala(out).toSeq();
    }
    if (type == DataTypes.IntegerType) {
      return ((Number) v).intValue();
    }
    if (type == DataTypes.DoubleType) {
      return ((Number) v).doubleValue();
    }
    if (type == DataTypes.LongType) {
      return ((Number) v).longValue();
    }
    return v.toString();
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }
}
