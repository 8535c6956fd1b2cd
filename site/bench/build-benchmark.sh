#!/usr/bin/env bash
# Times `course build` on a generated course of 1,000 lessons (10 parts of 100; headings, code
# blocks, tables, admonitions, links between lessons) plus the real height-checker exercise, and
# compares the search index with the text it indexes.
#
#   site/bench/build-benchmark.sh [RUNS]     (default 5; the median is printed)
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds the tool if needed
java "$root/site/bench/GenerateCourse.java" "$work/course" 10 100
mkdir -p "$work/course/exercises"
cp -r "$root/exercises/height-checker" "$work/course/exercises/"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

build_once() {
  rm -rf "$work/site"
  "$root/course" build --course "$work/course" --out "$work/site" >/dev/null
}

build_once # warm-up: page cache, start-up archives
# Wall-clock and CPU (user + sys of the build's processes): on a shared machine the CPU time says
# more about the build than the wall clock does.
times=""
cpus=""
TIMEFORMAT='%3U %3S'
for ((i = 0; i < runs; i++)); do
  start=$(now_ms)
  cpu="$({ time build_once; } 2>&1)"
  times="$times $(($(now_ms) - start))"
  cpus="$cpus $(echo "$cpu" | awk '{printf "%d", ($1 + $2) * 1000}')"
done
lessons="$(find "$work/course/content" -name '*.md' ! -name index.md | wc -l)"
pages="$(find "$work/site" -name '*.html' | wc -l)"
markdown="$(cat "$work/course/content"/*/*.md | wc -c)"
index="$(wc -c <"$work/site/assets/search-index.js")"
index_gz="$(gzip -9c "$work/site/assets/search-index.js" | wc -c)"
echo "lessons: $lessons, pages written: $pages"
echo "course build (median of $runs): $(echo $times | tr ' ' '\n' | median) ms wall, \
$(echo $cpus | tr ' ' '\n' | median) ms CPU   (wall runs:$times; CPU runs:$cpus)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
awk -v m="$markdown" -v i="$index" -v g="$index_gz" 'BEGIN {
  printf "lesson Markdown: %.0f KB; search-index.js: %.0f KB (%.0f%% of it), gzip -9: %.0f KB\n",
    m / 1024, i / 1024, 100 * i / m, g / 1024 }'
