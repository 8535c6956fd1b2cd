#!/usr/bin/env bash
# Times `course submit` of the height-checker reference solution against the naive way an
# instructor grades one file by hand on the same machine in the same run: javac of submission and
# tests, then the JUnit console launcher. Prints the median of N runs of each and their ratio.
#
#   grader/bench/submit-benchmark.sh [RUNS]     (default 7)
set -euo pipefail
runs="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ex="$root/exercises/height-checker"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Build the tool if needed (the launcher does it) and fetch the console launcher from Maven Central.
"$root/course" --version >/dev/null
console_dir="$root/grader/bench/target"
console="$console_dir/junit-platform-console-standalone-6.1.3.jar"
if [ ! -f "$console" ]; then
  (cd "$work" && mvn -B -q -Dstyle.color=never dependency:copy \
    -Dartifact=org.junit.platform:junit-platform-console-standalone:6.1.3 \
    -DoutputDirectory="$console_dir")
fi
testapi="$(ls "$root"/grader/app/target/harness-lib/course-testapi-*.jar)"

now_ms() { date +%s%3N; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

course_once() {
  "$root/course" submit height-checker "$ex/solution/HeightChecker.java" \
    --student bench --db "$work/bench.db" >/dev/null
}

naive_once() {
  rm -rf "$work/naive" && mkdir -p "$work/naive"
  javac -d "$work/naive" -cp "$console:$testapi" \
    "$ex/solution/HeightChecker.java" "$ex"/tests/*.java "$ex"/hidden/*.java
  java -jar "$console" execute -cp "$work/naive:$testapi" \
    --select-class HeightCheckerTest --select-class HeightCheckerHiddenTest \
    --details=none --disable-banner >/dev/null
}

time_runs() {
  local fn="$1" i start
  "$fn" # warm-up: page cache, first build
  for ((i = 0; i < runs; i++)); do
    start=$(now_ms)
    "$fn"
    echo $(($(now_ms) - start))
  done
}

course_ms="$(time_runs course_once | median)"
naive_ms="$(time_runs naive_once | median)"
echo "course submit (median of $runs): ${course_ms} ms"
echo "javac + junit console (median of $runs): ${naive_ms} ms"
awk -v c="$course_ms" -v n="$naive_ms" 'BEGIN {printf "ratio course/naive: %.2f\n", c / n}'
