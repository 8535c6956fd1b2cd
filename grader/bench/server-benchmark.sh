#!/usr/bin/env bash
# Latency of a served submit (issue 13): the student kit's `course submit` of the height-checker
# reference solution to `course serve` on loopback, from command start to printed report, with 1
# student and with 20 students submitting at once; against the naive javac + JUnit console launcher
# run of the same file and tests, measured in the same run. Prints medians, p95s and ratios.
#
#   grader/bench/server-benchmark.sh [ROUNDS]     (default 7; the 20-student case runs ROUNDS/2+1
#                                                 rounds, or TWENTY_ROUNDS)
#
# With BEFORE=/path/to/another/checkout (built with its ./course), that checkout's server and kit
# are timed too, 1 student, interleaved with the others: before and after in the same run.
# With PROFILE=1 the servers log where each graded run's time went (-Dcourse.profile=true), and
# the script prints those lines of this checkout's server (1-student rounds only).
set -euo pipefail
rounds="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ex="$root/exercises/height-checker"
work="$(mktemp -d)"
server_pids=()
cleanup() {
  for p in "${server_pids[@]}"; do kill "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

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
stats() { # median and p95 of the numbers on stdin
  sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:int((a[NR/2]+a[NR/2+1])/2);
    p=int(NR*0.95+0.999); if (p<1) p=1; if (p>NR) p=NR; print m, a[p]}'
}

# The class: a roster of 20, their tokens, the server, and a kit pinned to it; in $work/$2 for the
# checkout $1. Sets $kit.
setup_class() {
  local r="$1" w="$work/$2"
  local db="$w/server/gradebook.db"
  mkdir -p "$w/server"
  { echo "id,name"; for i in $(seq -w 1 20); do echo "s$i,Student $i"; done; } >"$w/roster.csv"
  "$r/course" roster import "$w/roster.csv" --db "$db" >/dev/null
  "$r/course" roster tokens --out "$w/tokens.csv" --db "$db" >/dev/null
  local opts=""
  [ -n "${PROFILE:-}" ] && opts="-Dcourse.profile=true"
  JAVA_TOOL_OPTIONS="$opts" "$r/course" serve --bind 127.0.0.1 --port 0 --db "$db" \
    >"$w/serve.out" 2>"$w/serve.err" &
  server_pids+=($!)
  for _ in $(seq 1 300); do
    grep -q '^Ctrl-C stops' "$w/serve.out" 2>/dev/null && break
    sleep 0.1
  done
  local port
  port="$(sed -n 's/.* at https:\/\/[^:]*:\([0-9]*\) .*/\1/p' "$w/serve.out" | head -n 1)"
  [ -n "$port" ] || { cat "$w/serve.out" "$w/serve.err" >&2; exit 3; }
  "$r/course" kit --out "$w/kitout" --server "https://127.0.0.1:$port" --db "$db" >/dev/null 2>&1
  local kitzip
  kitzip="$(ls "$w"/kitout/*.zip)"
  (cd "$w" && mkdir kit && cd kit && unzip -q "$kitzip")
  kit="$(dirname "$(find "$w/kit" -maxdepth 2 -name course -type f | head -n 1)")"
  chmod +x "$kit/course"
  tail -n +2 "$w/tokens.csv" | while IFS=, read -r id _name _email token; do
    mkdir -p "$w/cfg/$id"
    echo "$token" | XDG_CONFIG_HOME="$w/cfg/$id" "$kit/course" login >/dev/null
  done
}
cp "$ex/solution/HeightChecker.java" "$work/HeightChecker.java"
setup_class "$root" now
now_kit="$kit"
before_kit=""
if [ -n "${BEFORE:-}" ]; then
  "$BEFORE/course" --version >/dev/null
  setup_class "$BEFORE" before
  before_kit="$kit"
fi

served_once() { # student id [kit folder, class folder]
  XDG_CONFIG_HOME="$work/${3:-now}/cfg/$1" "${2:-$now_kit}/course" submit height-checker \
    "$work/HeightChecker.java" >/dev/null
}
naive_once() {
  rm -rf "$work/naive" && mkdir -p "$work/naive"
  javac -d "$work/naive" -cp "$console:$testapi" \
    "$ex/solution/HeightChecker.java" "$ex"/tests/*.java "$ex"/hidden/*.java
  java -jar "$console" execute -cp "$work/naive:$testapi" \
    --select-class HeightCheckerTest --select-class HeightCheckerHiddenTest \
    --details=none --disable-banner >/dev/null
}
timed() { local start; start=$(now_ms); "$@"; echo $(($(now_ms) - start)); }

served_once s01 # warm-up: the server's compiler and caches, the kit's start-up archive
[ -n "$before_kit" ] && served_once s01 "$before_kit" before
naive_once
: >"$work/one.ms"; : >"$work/naive.ms"; : >"$work/twenty.ms"; : >"$work/before.ms"; : >"$work/before20.ms"
for ((r = 0; r < rounds; r++)); do # interleaved, so machine noise hits all alike
  timed served_once s01 >>"$work/one.ms"
  timed naive_once >>"$work/naive.ms"
  if [ -n "$before_kit" ]; then
    timed served_once s01 "$before_kit" before >>"$work/before.ms"
    timed naive_once >>"$work/naive.ms" # so the next "now" waits as long as this "before" did
  fi
done
[ -n "${PROFILE:-}" ] && grep '^course.profile' "$work/now/serve.err" >&2
for ((r = 0; r < ${TWENTY_ROUNDS:-$((rounds / 2 + 1))}; r++)); do
  pids=()
  for i in $(seq -w 1 20); do
    timed served_once "s$i" >>"$work/twenty.ms" &
    pids+=($!)
  done
  wait "${pids[@]}" # not the server, also a child of this script
  if [ -n "$before_kit" ]; then
    pids=()
    for i in $(seq -w 1 20); do
      timed served_once "s$i" "$before_kit" before >>"$work/before20.ms" &
      pids+=($!)
    done
    wait "${pids[@]}"
  fi
done
read -r naive_med naive_p95 < <(stats <"$work/naive.ms")
read -r one_med one_p95 < <(stats <"$work/one.ms")
read -r twenty_med twenty_p95 < <(stats <"$work/twenty.ms")
echo "naive javac + junit console: median ${naive_med} ms, p95 ${naive_p95} ms ($rounds runs)"
echo "served submit, 1 student:    median ${one_med} ms, p95 ${one_p95} ms ($rounds runs)"
if [ -n "$before_kit" ]; then
  read -r before_med before_p95 < <(stats <"$work/before.ms")
  echo "served submit, 1 student, BEFORE ($BEFORE): median ${before_med} ms, p95 ${before_p95} ms"
  awk -v a="$before_med" -v n="$naive_med" 'BEGIN {printf "  BEFORE ratio to the naive median: %.2f\n", a/n}'
fi
if [ -s "$work/before20.ms" ]; then
  read -r b20_med b20_p95 < <(stats <"$work/before20.ms")
  echo "served submit, 20 at once, BEFORE: median ${b20_med} ms, p95 ${b20_p95} ms"
fi
echo "served submit, 20 at once:   median ${twenty_med} ms, p95 ${twenty_p95} ms ($(wc -l <"$work/twenty.ms") submits)"
awk -v a="$one_med" -v b="$one_p95" -v c="$twenty_med" -v d="$twenty_p95" -v n="$naive_med" \
  'BEGIN {printf "ratios to the naive median: 1 student %.2f (p95 %.2f); 20 at once %.2f (p95 %.2f)\n", a/n, b/n, c/n, d/n}'
