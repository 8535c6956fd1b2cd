#!/usr/bin/env bash
# Times `course build` on a generated course of 1,000 lessons (10 parts of 100; headings, code
# blocks, tables, admonitions, links between lessons) plus the real height-checker exercise, and
# compares the search index with the text it indexes. When Debian's `hugo` is installed, it builds
# the same Markdown in the same run (minimal layouts: one page per lesson with its title and body,
# Chroma highlighting) and the ratio of the two medians is printed.
#
#   site/bench/build-benchmark.sh [RUNS]     (default 5; the median is printed)
#
# Where the time goes: JAVA_TOOL_OPTIONS=-Dcourse.profile=true course build ... prints a breakdown.
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds the tool if needed
java "$root/site/bench/GenerateCourse.java" "$work/course" 10 100
mkdir -p "$work/course/exercises"
cp -r "$root/exercises/height-checker" "$work/course/exercises/"
# The exercise names its lesson and links it: give it one, so the strict build passes.
mkdir -p "$work/course/content/arrays"
printf -- '---\ntitle: Arrays\norder: 99\n---\nArrays.\n' >"$work/course/content/arrays/index.md"
printf -- '---\ntitle: Counting and frequency\n---\nCounting.\n' \
  >"$work/course/content/arrays/02-counting-and-frequency.md"

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

# The author's loop: `course build --watch` running, one lesson edited and saved; time from the
# save until the preview serves the page with the new text (what the reloading browser then shows).
# site/bench/preview-benchmark.sh measures it in more detail (save -> reload signal).
port=$((20000 + RANDOM % 20000))
"$root/course" build --watch --port "$port" --course "$work/course" --out "$work/preview" \
  >"$work/watch.log" 2>&1 &
watch_pid=$!
for ((i = 0; i < 600; i++)); do
  grep -q '^Preview:' "$work/watch.log" && break
  sleep 0.1
done
lesson="$work/course/content/part01/001-topic-1.md"
page="http://127.0.0.1:$port/lessons/part01/001-topic-1.html"
ptimes=""
for ((i = 0; i < runs; i++)); do
  # The fast path writes the search index and all.html after the page: let it finish first.
  n="$(grep -c '^Rebuilt' "$work/watch.log" || true)"
  start=$(now_ms)
  echo "Edit number $i of this lesson." >>"$lesson"
  until curl -fs "$page" | grep -q "Edit number $i of"; do sleep 0.01; done
  ptimes="$ptimes $(($(now_ms) - start))"
  until [ "$(grep -c '^Rebuilt' "$work/watch.log" || true)" -gt "$n" ]; do sleep 0.05; done
done
kill "$watch_pid"
echo "preview, one lesson edited in $lessons: page updated $(echo $ptimes | tr ' ' '\n' | median) ms" \
  "after the save (median of $runs; runs:$ptimes)"

if ! command -v hugo >/dev/null; then
  echo "hugo: not installed (apt-get install hugo), no comparison"
  exit 0
fi
# The same Markdown as a Hugo site: a part's index.md is Hugo's _index.md (a section).
hugo_site="$work/hugo"
mkdir -p "$hugo_site/layouts/_default"
cp -r "$work/course/content" "$hugo_site/content"
for f in "$hugo_site"/content/*/index.md; do mv "$f" "$(dirname "$f")/_index.md"; done
mv "$hugo_site/content/index.md" "$hugo_site/content/_index.md" 2>/dev/null || true
cat >"$hugo_site/hugo.toml" <<'TOML'
baseURL = "http://localhost/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
relativeURLs = true
[markup.goldmark.renderer]
unsafe = true
TOML
page='<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
page+='<body><main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>'
echo "$page" >"$hugo_site/layouts/_default/single.html"
echo "$page" >"$hugo_site/layouts/_default/list.html"
hugo_once() {
  rm -rf "$work/hugo-out"
  hugo --quiet -s "$hugo_site" -d "$work/hugo-out" >/dev/null 2>&1
}
hugo_once
htimes=""
for ((i = 0; i < runs; i++)); do
  start=$(now_ms)
  hugo_once
  htimes="$htimes $(($(now_ms) - start))"
done
ours="$(echo $times | tr ' ' '\n' | median)"
theirs="$(echo $htimes | tr ' ' '\n' | median)"
echo "$(hugo version | cut -d' ' -f1-2) (median of $runs): $theirs ms wall (runs:$htimes);" \
  "pages: $(find "$work/hugo-out" -name '*.html' | wc -l)"
awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "course build / hugo: %.2fx wall\n", a / b }'
