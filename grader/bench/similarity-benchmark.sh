#!/usr/bin/env bash
# Times `course similarity` over N generated submissions to height-checker (default 200, so
# 19,900 pairs). The submissions are the files of the similarity test set
# (grader/app/src/test/resources/similarity), each with random extra statements inserted, so that
# no two token streams are the same; they go straight into the gradebook's tables with sqlite3,
# since grading 200 files would time the grader, not the comparison.
#
#   grader/bench/similarity-benchmark.sh [N] [RUNS]     (defaults 200 and 3)
set -euo pipefail
n="${1:-200}"
runs="${2:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
set_dir="$root/grader/app/src/test/resources/similarity"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
command -v sqlite3 >/dev/null || { echo "similarity-benchmark: needs the sqlite3 command" >&2; exit 2; }

# One real submission creates the gradebook, its schema and the exercise row.
"$root/course" submit height-checker "$root/exercises/height-checker/solution/HeightChecker.java" \
  --student seed --db "$work/bench.db" >/dev/null || true

mapfile -t bases < <(find "$set_dir" -name HeightChecker.java | sort)
RANDOM=42
sql="$work/insert.sql"
echo "BEGIN;" >"$sql"
for ((i = 1; i < n; i++)); do
  src="$work/s$i.java"
  # After a statement line (not a return), sometimes one more declaration: a different stream.
  awk -v seed="$i" 'BEGIN { srand(seed) }
    { print }
    /;[ \t]*$/ && !/return/ && rand() < 0.3 { printf "        int pad%d = %d;\n", NR, NR }' \
    "${bases[$((i % ${#bases[@]}))]}" >"$src"
  id=$((i + 1000))
  cat >>"$sql" <<SQL
INSERT INTO students (id, created_at) VALUES ('s$i', '2026-03-02T09:00:00.000Z');
INSERT INTO submissions (id, student_id, exercise_slug, attempt, submitted_at, sha256, outcome,
  score, max_score, duration_ms, grader_version, tests_hash)
  VALUES ($id, 's$i', 'height-checker', 1, '2026-03-02T09:00:00.000Z', 'x', 'graded', 0, 0, 0,
  'bench', '');
INSERT INTO submission_files (submission_id, ordinal, name, sha256, content)
  VALUES ($id, 0, 'HeightChecker.java', 'x', CAST(readfile('$src') AS TEXT));
SQL
done
echo "COMMIT;" >>"$sql"
sqlite3 "$work/bench.db" <"$sql"

now_ms() { date +%s%3N; }
times=()
for ((r = 0; r < runs; r++)); do
  start=$(now_ms)
  "$root/course" similarity height-checker --db "$work/bench.db" --top 20 >"$work/out.txt"
  times+=($(($(now_ms) - start)))
done
head -n 1 "$work/out.txt"
sorted="$(printf '%s\n' "${times[@]}" | sort -n)"
echo "course similarity over $n submissions: median $(echo "$sorted" | sed -n "$(((runs + 1) / 2))p") ms" \
  "(runs: ${times[*]} ms; includes JVM start and reading the gradebook)"
