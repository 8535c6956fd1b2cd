import static org.junit.jupiter.api.Assertions.fail;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests: many seeds of this part's scenario; a failure names the seed to replay. */
@DisplayName("Raft lab, part 1: election: hidden seeds")
class RaftLabHiddenTest {

  private static void seeds(long from, long to) {
    for (long seed = from; seed <= to; seed++) {
      String failure = LabRun.failure(seed);
      if (failure != null) {
        fail(failure);
      }
    }
  }

  @Test
  @Points(2)
  @DisplayName("Seeds 1 to 100 keep every property")
  void seeds1To100() {
    seeds(1, 100);
  }

  @Test
  @Points(2)
  @DisplayName("Seeds 101 to 200 keep every property")
  void seeds101To200() {
    seeds(101, 200);
  }

  @Test
  @Points(2)
  @DisplayName("Seeds 201 to 300 keep every property")
  void seeds201To300() {
    seeds(201, 300);
  }
}
