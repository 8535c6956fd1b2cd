#!/usr/bin/env bash
# Times every `course gradebook export` format on a generated gradebook (default 1,000 students x
# 20 exercises x 5 attempts, five tests each: 100,000 submissions, 500,000 test rows), with a late
# policy applied, against plain JDBC `SELECT *` dumps of the same file in the same JVM. Prints the
# median of RUNS runs of each (after one warm-up run) and the ratio to its baseline.
#
#   grader/bench/export-benchmark.sh [STUDENTS EXERCISES ATTEMPTS RUNS]   (default 1000 20 5 5)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds target/course.jar and target/lib/ when needed
(cd "$root" && mvn -B -q -o -pl grader/app -am test-compile -Dspotless.check.skip=true)
app="$root/grader/app/target"
java -Xmx2g -cp "$app/test-classes:$app/course.jar:$app/lib/*" \
  course.grader.bench.ExportBenchmark "$work/bench.db" "${1:-1000}" "${2:-20}" "${3:-5}" "${4:-5}"
