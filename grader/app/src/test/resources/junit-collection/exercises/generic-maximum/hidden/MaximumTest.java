import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaximumTest {
  @Test
  void integers() {
    assertThat(Maximum.of(List.of(3, 9, -2))).isEqualTo(9);
  }

  @Test
  void strings() {
    assertThat(Maximum.of(List.of("pear", "apple", "zucchini"))).isEqualTo("zucchini");
  }

  @Test
  void dates() {
    LocalDate later = LocalDate.of(2026, 1, 2);
    assertThat(Maximum.of(List.of(LocalDate.of(2025, 5, 5), later))).isEqualTo(later);
  }

  @Test
  void byLength() {
    assertThat(Maximum.by(List.of("aaa", "b", "cc"), Comparator.comparing(String::length)))
        .isEqualTo("aaa");
  }
}
