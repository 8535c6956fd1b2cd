import java.util.ArrayList;
import java.util.List;

final class Query {
  private final List<String> columns;
  private final List<String> conditions = new ArrayList<>();
  private String table;
  private String order;

  private Query(List<String> columns) {
    this.columns = columns;
  }

  static Query select(String... columns) {
    return new Query(List.of(columns));
  }

  Query from(String table) {
    this.table = table;
    return this;
  }

  Query where(String condition) {
    conditions.add(condition);
    return this;
  }

  Query orderBy(String column) {
    this.order = column;
    return this;
  }

  String toSql() {
    StringBuilder sql = new StringBuilder("SELECT ");
    sql.append(columns.isEmpty() ? "*" : String.join(", ", columns));
    sql.append(" FROM ").append(table);
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
    if (order != null) {
      sql.append(" ORDER BY ").append(order);
    }
    return sql.toString();
  }
}
