#!/usr/bin/env bash
# The author's loop on a generated course of 1,000 lessons: `course build --watch` running, one
# lesson edited and saved EDITS times; for each edit, the time from the save until the preview has
# rewritten the page and sent the reload signal (its /__preview/version changes, which is what an
# open page polls for), checked by fetching the page with the new text. Also prints the preview's
# own "Rebuilt N pages in X ms" figures (the rebuild alone, without the watcher's polling delay).
#
#   site/bench/preview-benchmark.sh [EDITS]     (default 7; medians are printed)
set -euo pipefail
edits="${1:-7}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
watch_pid=""
trap '[ -n "$watch_pid" ] && kill "$watch_pid" 2>/dev/null; rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds the tool if needed
java "$root/site/bench/GenerateCourse.java" "$work/course" 10 100 >/dev/null

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }

port=$((20000 + RANDOM % 20000))
"$root/course" build --watch --port "$port" --course "$work/course" --out "$work/preview" \
  >"$work/watch.log" 2>&1 &
watch_pid=$!
for ((i = 0; i < 1200; i++)); do
  grep -q '^Preview:' "$work/watch.log" && break
  sleep 0.1
done
base="http://127.0.0.1:$port"
lesson="$work/course/content/part05/050-topic-50.md"
[ -f "$lesson" ] || lesson="$(find "$work/course/content" -name '0*.md' | sort | sed -n 500p)"
page="$base/lessons/$(basename "$(dirname "$lesson")")/$(basename "$lesson" .md).html"
# Each rebuild prints one "Rebuilt" line when it is wholly done (the fast path after the search
# index and all.html, which it writes after the reload signal): wait for it before the next save.
done_rebuilds() { grep -c '^Rebuilt' "$work/watch.log" || true; }
settle() {
  local want="$1"
  until [ "$(done_rebuilds)" -ge "$want" ]; do sleep 0.05; done
  sleep 0.2
}
# Warm the JIT as an author's session would be warm: a few edits that are not counted.
for ((i = 0; i < 3; i++)); do
  n="$(done_rebuilds)"
  v="$(curl -fs "$base/__preview/version")"
  echo "Warm-up $i." >>"$lesson"
  until [ "$(curl -fs "$base/__preview/version")" != "$v" ]; do sleep 0.005; done
  settle $((n + 1))
done
times=""
for ((i = 0; i < edits; i++)); do
  n="$(done_rebuilds)"
  v="$(curl -fs "$base/__preview/version")"
  start=$(now_ms)
  echo "Edit number $i of this lesson." >>"$lesson"
  until [ "$(curl -fs "$base/__preview/version")" != "$v" ]; do sleep 0.005; done
  times="$times $(($(now_ms) - start))"
  curl -fs "$page" | grep -q "Edit number $i of" || { echo "the page lacks edit $i" >&2; exit 1; }
  settle $((n + 1))
done
# "Rebuilt 1 page in X ms (reload sent), the search index and all.html by Y ms" (the fast path)
# or "Rebuilt N pages in X ms" (a whole build).
rebuilds="$(grep '^Rebuilt' "$work/watch.log" | tail -n "$edits" | awk '{print $5}' | tr '\n' ' ')"
tails="$(grep '^Rebuilt 1 page' "$work/watch.log" | tail -n "$edits" | awk '{print $(NF-1)}' \
  | tr '\n' ' ')"
lessons="$(find "$work/course/content" -name '*.md' ! -name index.md | wc -l)"
echo "preview, one lesson edited in $lessons: page rewritten and reload signalled" \
  "$(echo $times | tr ' ' '\n' | median) ms after the save (median of $edits; runs:$times)"
echo "  the preview's own figure, save seen -> reload sent: $(echo $rebuilds | tr ' ' '\n' | median) ms" \
  "(runs: $rebuilds); search index and all.html done by: ${tails:-none} ms"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
