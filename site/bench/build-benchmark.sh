#!/usr/bin/env bash
# Times `course build` on a generated course of 1,000 lessons (10 parts of 100; front matter as the
# real course's lessons have it, headings, code blocks, tables, admonitions, links between lessons)
# plus the real height-checker exercise, and compares the search index with the text it indexes.
# When Debian's `hugo` is installed, it builds the same Markdown in the same run (minimal layouts:
# one page per lesson with its title and body, Chroma highlighting), interleaved with ours round by
# round (in a shuffled order), and the ratio of the two medians is printed, for the wall clock
# and for the CPU time; then the median of the rounds' own ratios, and in how many rounds ours took
# at most Hugo's time.
#
#   site/bench/build-benchmark.sh [RUNS]     (default 5; the median is printed)
#
# With BEFORE=/path/to/another/checkout (e.g. `git clone . ../before && (cd ../before
# && ./course --version)`), that checkout's `course build` is timed too, interleaved with the
# others: before and after in the same run, on the same course; the script then lists the files
# whose content differs between the two sites (diff -r; KEEP=DIR keeps both sites there).
# PREVIEW=0 skips the preview timing.
#
# The work folder is made by mktemp, so TMPDIR chooses its file system (the script prints which).
# On an ext4 without a journal, creating files right after deleting as many costs the kernel a scan
# past every recently deleted inode for each new one: both tools pay it, more with every round.
# TMPDIR=/dev/shm (tmpfs) leaves that out and compares the builds alone.
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

build_once() { # [checkout] [site folder]
  rm -rf "$work/${2:-site}"
  "${1:-$root}/course" build --course "$work/course" --out "$work/${2:-site}" >/dev/null
}

# The same Markdown as a Hugo site: a part's index.md is Hugo's _index.md (a section).
hugo_site="$work/hugo"
if command -v hugo >/dev/null; then
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
else
  hugo_site=""
fi
hugo_once() {
  rm -rf "$work/hugo-out"
  hugo --quiet -s "$hugo_site" -d "$work/hugo-out" >/dev/null 2>&1
}

if [ -n "${BEFORE:-}" ]; then
  BEFORE="$(cd "$BEFORE" && pwd)"
  "$BEFORE/course" --version >/dev/null
fi

# Warm-up: page cache, start-up archives.
build_once
if [ -n "${BEFORE:-}" ]; then build_once "$BEFORE" before-site; fi
if [ -n "$hugo_site" ]; then hugo_once; fi
# Wall-clock and CPU (user + sys of the processes): on a shared machine the CPU time says more
# about the build than the wall clock does. Rounds interleave the builds, so that the machine's
# noise hits each alike.
TIMEFORMAT='%3U %3S'
timed() { # name command...: appends the wall ms to $work/name.wall and the CPU ms to name.cpu
  local name="$1" start cpu
  shift
  start=$(now_ms)
  cpu="$({ time "$@"; } 2>&1)"
  echo $(($(now_ms) - start)) >>"$work/$name.wall"
  echo "$cpu" | awk '{printf "%d\n", ($1 + $2) * 1000}' >>"$work/$name.cpu"
}
# Each round runs the builds in an order of its own (shuffled, the same every time the script
# runs): on this kind of virtual machine `course build` right after Hugo took about 110 ms longer
# than right after another `course build`, while Hugo took the same time after either (site/README.md,
# seventh round). A fixed order would hand that to one side in every round.
tools=(ours)
if [ -n "${BEFORE:-}" ]; then tools+=(before); fi
if [ -n "$hugo_site" ]; then tools+=(hugo); fi
RANDOM=20261206
for ((i = 0; i < runs; i++)); do
  order=("${tools[@]}")
  for ((k = ${#order[@]} - 1; k > 0; k--)); do
    j=$((RANDOM % (k + 1)))
    t="${order[k]}" && order[k]="${order[j]}" && order[j]="$t"
  done
  for tool in "${order[@]}"; do
    case "$tool" in
      ours) timed ours build_once ;;
      before) timed before build_once "$BEFORE" before-site ;;
      hugo) timed hugo hugo_once ;;
    esac
  done
done
med() { median <"$work/$1"; }
runs_of() { tr '\n' ' ' <"$work/$1"; }
lessons="$(find "$work/course/content" -name '*.md' ! -name index.md | wc -l)"
pages="$(find "$work/site" -name '*.html' | wc -l)"
markdown="$(cat "$work/course/content"/*/*.md | wc -c)"
index="$(wc -c <"$work/site/assets/search-index.js")"
index_gz="$(gzip -9c "$work/site/assets/search-index.js" | wc -c)"
echo "lessons: $lessons, pages written: $pages"
echo "course build (median of $runs): $(med ours.wall) ms wall, $(med ours.cpu) ms CPU" \
  "  (wall runs: $(runs_of ours.wall); CPU runs: $(runs_of ours.cpu))"
if [ -n "${BEFORE:-}" ]; then
  echo "BEFORE course build ($BEFORE): $(med before.wall) ms wall, $(med before.cpu) ms CPU" \
    "  (wall runs: $(runs_of before.wall); CPU runs: $(runs_of before.cpu))"
  awk -v a="$(med ours.wall)" -v b="$(med before.wall)" -v c="$(med ours.cpu)" \
    -v d="$(med before.cpu)" \
    'BEGIN { printf "after / before: %.2fx wall, %.2fx CPU\n", a / b, c / d }'
  differ="$(diff -rq "$work/before-site" "$work/site" || true)"
  echo "files that differ between the before and after sites: $(echo -n "$differ" | grep -c . || true)"
  echo "$differ" | sed -n '1,20s/^/  /p'
  if [ -n "${KEEP:-}" ]; then # to look at the differences afterwards
    mkdir -p "$KEEP" && rm -rf "$KEEP/before-site" "$KEEP/site"
    cp -r "$work/before-site" "$work/site" "$KEEP/"
  fi
fi
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "work folder's file system: $(stat -f -c %T "$work" 2>/dev/null || echo unknown)"
awk -v m="$markdown" -v i="$index" -v g="$index_gz" 'BEGIN {
  printf "lesson Markdown: %.0f KB; search-index.js: %.0f KB (%.0f%% of it), gzip -9: %.0f KB\n",
    m / 1024, i / 1024, 100 * i / m, g / 1024 }'
if [ -n "$hugo_site" ]; then
  echo "$(hugo version | cut -d' ' -f1-2) (median of $runs): $(med hugo.wall) ms wall," \
    "$(med hugo.cpu) ms CPU (wall runs: $(runs_of hugo.wall)); pages:" \
    "$(find "$work/hugo-out" -name '*.html' | wc -l)"
  awk -v a="$(med ours.wall)" -v b="$(med hugo.wall)" -v c="$(med ours.cpu)" \
    -v d="$(med hugo.cpu)" \
    'BEGIN { printf "course build / hugo: %.2fx wall, %.2fx CPU\n", a / b, c / d }'
  # The same comparison round by round: each round's two builds ran back to back, so the machine's
  # slow and fast spells (which last longer than a round) mostly cancel out of the ratio.
  paste "$work/ours.wall" "$work/hugo.wall" | awk '{ print $1 / $2 }' | sort -g | awk '
    { r[NR] = $1 }
    END { m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
          printf "course build / hugo, round by round: median %.2fx wall (from %.2fx to %.2fx);", m, r[1], r[NR]
          n = 0; for (k = 1; k <= NR; k++) if (r[k] <= 1) n++
          printf " at most 1.0x in %d of %d rounds\n", n, NR }'
  if [ -n "${BEFORE:-}" ]; then
    awk -v a="$(med before.wall)" -v b="$(med hugo.wall)" -v c="$(med before.cpu)" \
      -v d="$(med hugo.cpu)" \
      'BEGIN { printf "BEFORE course build / hugo: %.2fx wall, %.2fx CPU\n", a / b, c / d }'
  fi
else
  echo "hugo: not installed (apt-get install hugo), no comparison"
fi
if [ "${PREVIEW:-1}" = 0 ]; then exit 0; fi

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
