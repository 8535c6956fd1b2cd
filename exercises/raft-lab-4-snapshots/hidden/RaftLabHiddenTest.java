import static org.junit.jupiter.api.Assertions.fail;

import course.api.Points;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Hidden tests: many seeds of this part's scenario; a failure names the seed to replay. */
@DisplayName("Raft lab, part 4: snapshots: hidden seeds")
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

  @Test
  @Points(2)
  @DisplayName("Seeds 301 to 400 keep every property")
  void seeds301To400() {
    seeds(301, 400);
  }

  @Test
  @Points(2)
  @DisplayName("Seeds 401 to 500 keep every property")
  void seeds401To500() {
    seeds(401, 500);
  }

  @Test
  @Points(2)
  @DisplayName("Seeds 501 to 600 keep every property")
  void seeds501To600() {
    seeds(501, 600);
  }

  @Test
  @Points(2)
  @DisplayName("A crash right after each vote granted (seeds 6001 to 6020): no vote forgotten")
  void voteCrash() {
    seeds(Scripts.VOTE_CRASH + 1, Scripts.VOTE_CRASH + 20);
  }

  @Test
  @Points(2)
  @DisplayName("A crash right after entries acknowledged (seeds 7001 to 7020): no entry forgotten")
  void ackCrash() {
    seeds(Scripts.ACK_CRASH + 1, Scripts.ACK_CRASH + 20);
  }

  @Test
  @Points(2)
  @DisplayName("The Figure 8 story (seeds 8001 to 8020): no entry of an earlier term committed by"
      + " counting replicas")
  void figure8() {
    seeds(Scripts.FIGURE_8 + 1, Scripts.FIGURE_8 + 20);
  }

  @Test
  @Points(2)
  @DisplayName(
      "Reordered AppendEntries (seeds 9001 to 9020): a follower keeps the entries it holds")
  void reorderedAppends() {
    seeds(Scripts.REORDERED_APPENDS + 1, Scripts.REORDERED_APPENDS + 20);
  }
}
