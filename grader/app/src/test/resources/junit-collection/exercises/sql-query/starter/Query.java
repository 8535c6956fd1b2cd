class Query {
  static Query select(String... columns) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Query from(String table) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Query where(String condition) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  Query orderBy(String column) {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }

  String toSql() {
    throw new UnsupportedOperationException("Delete this statement and implement the method");
  }
}
