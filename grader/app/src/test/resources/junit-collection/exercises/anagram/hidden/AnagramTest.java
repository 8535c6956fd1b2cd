import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnagramTest {
  @Test
  void findsTheOnlyAnagram() {
    assertThat(new Anagram("listen").match(List.of("enlists", "google", "inlets", "banana")))
        .containsExactly("inlets");
  }

  @Test
  void ignoresCase() {
    assertThat(new Anagram("Orchestra").match(List.of("cashregister", "Carthorse", "radishes")))
        .containsExactly("Carthorse");
  }

  @Test
  void aWordIsNotItsOwnAnagram() {
    assertThat(new Anagram("BANANA").match(List.of("Banana"))).isEmpty();
  }

  @Test
  void severalAnagramsInOrder() {
    assertThat(new Anagram("allergy").match(List.of("gallery", "ballerina", "regally", "largely")))
        .containsExactlyInAnyOrder("gallery", "regally", "largely");
  }
}
