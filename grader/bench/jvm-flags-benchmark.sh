#!/usr/bin/env bash
# Compares the flags of the test JVM in one run: C1 only (-XX:TieredStopAtLevel=1, before issue 15)
# against full tiered compilation (now), on a short exercise (`course submit` of the height-checker
# reference solution, as in submit-benchmark.sh) and on a CPU-heavy one (a test that computes a
# longest common subsequence and Collatz steps for a few seconds). Prints the median of N runs of each and the ratio new/old (below 1.10 means
# no regression beyond 10 %).
#
#   grader/bench/jvm-flags-benchmark.sh [RUNS]     (default 5)
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds the tool and its start-up archives if needed
target="$root/grader/app/target"
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
[ -f "$target/course.jsa" ] && jvm+=(-XX:SharedArchiveFile="$target/course.jsa")

# A course with one CPU-heavy exercise: honest code, a few seconds of arithmetic on arrays.
ex="$work/course/exercises/crunch"
mkdir -p "$ex/solution" "$ex/tests"
cat >"$ex/exercise.md" <<'MD'
---
title: Crunch
difficulty: hard
submit: [Crunch.java]
timeout: 60s
run_timeout: 120s
memory: 256m
---
The longest common subsequence of two strings, and the total of Collatz steps below a limit.
MD
cat >"$ex/solution/Crunch.java" <<'JAVA'
class Crunch {
  static int lcs(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        cur[j] =
            a.charAt(i - 1) == b.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  static long collatzSteps(int limit) {
    long total = 0;
    for (int start = 1; start < limit; start++) {
      long x = start;
      while (x != 1) {
        x = (x & 1) == 0 ? x >> 1 : 3 * x + 1;
        total++;
      }
    }
    return total;
  }
}
JAVA
cat >"$ex/tests/CrunchTest.java" <<'JAVA'
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CrunchTest {
  private static String text(long seed, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      s.append((char) ('a' + ((seed >>> 33) & 3)));
    }
    return s.toString();
  }

  @Test
  void longestCommonSubsequenceOfTwoLongStrings() {
    assertEquals(13_066, Crunch.lcs(text(1, 20_000), text(2, 20_000)));
  }

  @Test
  void collatzStepsBelowTwoMillion() {
    assertEquals(277_182_070L, Crunch.collatzSteps(2_000_000));
  }
}
JAVA

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

# $1: c1 or tiered; $2: course folder; $3: exercise; $4: file
submit_once() {
  local out
  out="$(java "${jvm[@]}" -Dcourse.bench.child-jit="$1" -Dcourse.root="$root" -jar "$target/course.jar" \
    submit "$3" "$4" --course "$2" --student bench --db "$work/$1.db" --json)"
  case "$out" in
  *'"outcome":"graded"'*) ;;
  *) echo "not graded ($1 $3): $out" >&2 && exit 1 ;;
  esac
  case "$out" in
  *'"status":"passed"'*) ;;
  *) echo "a test did not pass ($1 $3): $out" >&2 && exit 1 ;;
  esac
}

# Alternates old and new flags run by run, so that a slow spell of the machine hits both.
measure() {
  local name="$1" course="$2" exercise="$3" file="$4" i start
  submit_once c1 "$course" "$exercise" "$file" # warm-up
  submit_once tiered "$course" "$exercise" "$file"
  : >"$work/$name.c1" && : >"$work/$name.tiered"
  for ((i = 0; i < runs; i++)); do
    for jit in c1 tiered; do
      start=$(now_ms)
      submit_once "$jit" "$course" "$exercise" "$file"
      echo $(($(now_ms) - start)) >>"$work/$name.$jit"
    done
  done
  local old new
  old="$(median <"$work/$name.c1")"
  new="$(median <"$work/$name.tiered")"
  echo "$name: C1 only ${old} ms, tiered ${new} ms (medians of $runs)"
  awk -v o="$old" -v n="$new" -v name="$name" 'BEGIN {printf "%s ratio tiered/C1: %.2f\n", name, n / o}'
}

measure short "$root" height-checker "$root/exercises/height-checker/solution/HeightChecker.java"
measure cpu-heavy "$work/course" crunch "$ex/solution/Crunch.java"
