#!/usr/bin/env bash
# Times `course grade` of N generated height-checker submissions (one folder, one process, --jobs
# defaulting to the number of processors) against the naive way: one `course submit` process per
# submission, one after another, in the same run on the same machine. Prints both times, their
# ratio, and how many students each way recorded (both must be N).
#
#   grader/bench/batch-benchmark.sh [N]     (default 200)
set -euo pipefail
n="${1:-200}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ex="$root/exercises/height-checker"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds the tool and its start-up archives if needed

# N distinct submissions: the reference solution and the known-wrong ones in turn, each with a
# comment of its own so that no two are the same file.
sources=("$ex/solution/HeightChecker.java" "$ex"/wrong/*/HeightChecker.java)
mkdir -p "$work/in"
for ((i = 0; i < n; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  { cat "$src"; echo "// generated submission $i"; } >"$work/in/s$(printf '%04d' "$i")_HeightChecker.java"
done

now_ms() { date +%s%3N; }

# Exit codes 0 and 1 are both normal here (1: a submission lost points).
run() { "$@" >/dev/null || [ $? -le 1 ]; }

start=$(now_ms)
run "$root/course" grade height-checker "$work/in" --db "$work/batch.db"
batch_ms=$(($(now_ms) - start))

start=$(now_ms)
for f in "$work"/in/*.java; do
  student="$(basename "$f")"
  run "$root/course" submit height-checker "$f" --student "${student%%_*}" --db "$work/naive.db"
done
naive_ms=$(($(now_ms) - start))

students() { "$root/course" gradebook export --format csv --db "$1" | tail -n +2 | wc -l; }
echo "submissions: $n, processors: $(getconf _NPROCESSORS_ONLN)"
echo "course grade (one process, parallel): ${batch_ms} ms"
echo "course submit per submission (naive loop): ${naive_ms} ms"
echo "students recorded: batch $(students "$work/batch.db"), naive $(students "$work/naive.db")"
awk -v b="$batch_ms" -v s="$naive_ms" 'BEGIN {printf "ratio naive/batch: %.2f (batch is %.2fx faster)\n", s / b, s / b}'
