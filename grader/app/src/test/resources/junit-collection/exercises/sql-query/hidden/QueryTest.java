import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueryTest {
  @Test
  @DisplayName("select star")
  void star() {
    assertThat(Query.select().from("t").toSql()).isEqualTo("SELECT * FROM t");
  }

  @Test
  void oneCondition() {
    assertThat(Query.select("name", "age").from("people").where("age > 18").toSql())
        .isEqualTo("SELECT name, age FROM people WHERE age > 18");
  }

  @Test
  void conditionsAreJoinedWithAnd() {
    assertThat(Query.select("a").from("t").where("a = 1").where("b = 2").orderBy("a").toSql())
        .isEqualTo("SELECT a FROM t WHERE a = 1 AND b = 2 ORDER BY a");
  }
}
