package org.dyad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dyad.model.Event;
import org.dyad.store.EventColumns;

/**
 * Event reports as Spark rows: the store's {@code events} columns ({@link EventColumns}, the same
 * values the store appends), then {@code seq}, the place of the report's article in the input.
 */
final class ReportRows {
  static final StructType SCHEMA = schema();

  private ReportRows() {}

  /** A report of a new event (fusion comes later, in {@link Fusion}). */
  static Row row(long seq, String hash, int n, java.time.LocalDate published, Event e, String coderVersion) {
    List<Object> values = new ArrayList<>(EventColumns.values(hash, n, published, e, null, coderVersion));
    values.add(seq);
    return RowFactory.create(values.toArray());
  }

  /** The columns of the store's events table, by name, in table order. */
  static List<String> names() {
    return EventColumns.COLUMNS.stream().map(EventColumns.Column::name).toList();
  }

  private static StructType schema() {
    StructType s = new StructType();
    for (EventColumns.Column c : EventColumns.COLUMNS) {
      s = s.add(c.name(), type(c.type()), true);
    }
    return s.add("seq", DataTypes.LongType, false);
  }

  private static DataType type(EventColumns.Type t) {
    return switch (t) {
      case VARCHAR -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case BIGINT -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
    };
  }
}
