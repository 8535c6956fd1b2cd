#!/usr/bin/env bash
# Times `course grade` of the same N height-checker submissions (a fresh gradebook each time) with
# this checkout and with another checkout of the project (e.g. a worktree at an older commit),
# interleaved over R rounds on the same machine, and prints both medians and their ratio
# (this/other; below 1 is faster). For checking that a change does not slow the batch down.
#
#   git worktree add ../base <commit>
#   grader/bench/batch-compare.sh ../base [N] [R]     (defaults: N 50, R 3)
set -euo pipefail
other="$(cd "${1:?usage: batch-compare.sh OTHER_CHECKOUT [N] [ROUNDS]}" && pwd)"
n="${2:-50}"
rounds="${3:-3}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ex="$root/exercises/height-checker"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/course" --version >/dev/null # builds each tool and its start-up archives if needed
"$other/course" --version >/dev/null

sources=("$ex/solution/HeightChecker.java" "$ex"/wrong/*/HeightChecker.java)
mkdir -p "$work/in"
for ((i = 0; i < n; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  { cat "$src"; echo "// generated submission $i"; } >"$work/in/s$(printf '%04d' "$i")_HeightChecker.java"
done

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
time_grade() { # checkout -> ms
  rm -f "$work/grades.db"*
  local start; start=$(now_ms)
  "$1/course" grade height-checker "$work/in" --course "$root" --db "$work/grades.db" >/dev/null \
    || [ $? -le 1 ]
  echo $(($(now_ms) - start))
}

this_times=""
other_times=""
for ((r = 1; r <= rounds; r++)); do
  o=$(time_grade "$other")
  t=$(time_grade "$root")
  echo "round $r: this $t ms, other $o ms"
  this_times+="$t"$'\n'
  other_times+="$o"$'\n'
done
this_med=$(printf '%s' "$this_times" | median)
other_med=$(printf '%s' "$other_times" | median)
echo "course grade of $n submissions: this $this_med ms, other $other_med ms (medians of $rounds)"
awk -v a="$this_med" -v b="$other_med" 'BEGIN { printf "ratio this/other: %.2f\n", a / b }'
