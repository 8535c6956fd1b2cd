#!/usr/bin/env bash
# Drain time of the grading queue (issue 14): N queued submissions of the height-checker reference
# solution (`course grade --queue`) drained by 1 and by 2 `course worker` processes (one job at a
# time each), against `course grade` of the same folder on this machine with --jobs 1 and 2, in the
# same run; and the gradebook's time per job as the workers report it (taking the job, storing the
# grade). Prints a table with ratios to the local run. Then the gradebook alone, with no grading
# (QueueCost.java): 1,000 jobs queued, taken and stored by 1 and by 4 threads, so the database's
# own cost per job is seen apart from the CPU the grading takes from it on a shared machine.
#
#   grader/bench/workers-benchmark.sh [N] [sqlite|postgresql]     (default 200 sqlite)
#
# postgresql starts a throwaway cluster (Debian's postgresql: initdb in a temp folder, a free
# port, as the user postgres when run as root) and drops it at the end.
set -euo pipefail
n="${1:-200}"
store="${2:-sqlite}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
chmod 755 "$work"
pids=()
pgdata=""
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  if [ -n "$pgdata" ]; then as_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; fi
  [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

"$root/course" --version >/dev/null
folder="$work/submissions"
for i in $(seq -w 1 "$n"); do
  mkdir -p "$folder/s$i"
  cp "$root/exercises/height-checker/solution/HeightChecker.java" "$folder/s$i/"
done

if [ "$store" = postgresql ]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  pgdata="$work/pgdata"
  mkdir -p "$pgdata"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pgdata"
  as_pg "$pgbin/initdb" -D "$pgdata" -U course --auth=trust >/dev/null
  pgport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/log" -w \
    -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
fi
round=0
new_db() { # a fresh gradebook for each measurement, in $db
  round=$((round + 1))
  if [ "$store" = postgresql ]; then
    as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pgport" -U course "bench$round"
    db="postgresql://course@127.0.0.1:$pgport/bench$round"
  else
    db="$work/gradebook-$round.db"
  fi
}

now_ms() { date +%s%3N; }
printf '%-28s %10s %10s %10s %s\n' "run ($n submissions, $store)" "seconds" "jobs/s" "ratio" "db ms/job"

local_run() {
  local jobs="$1" t0 t1
  new_db
  t0="$(now_ms)"
  "$root/course" grade height-checker "$folder" --jobs "$jobs" --db "$db" >/dev/null 2>&1
  t1="$(now_ms)"
  took=$((t1 - t0))
}
local_run 2 # warm-up: the first grading after a build trains start-up archives
local_run 1
base1="$took"
local_run 2
base2="$took"
printf '%-28s %10.1f %10.2f %10s\n' "course grade --jobs 1" "$(echo "$base1/1000" | bc -l)" \
  "$(echo "$n*1000/$base1" | bc -l)" "1.00"
printf '%-28s %10.1f %10.2f %10.2f\n' "course grade --jobs 2" "$(echo "$base2/1000" | bc -l)" \
  "$(echo "$n*1000/$base2" | bc -l)" "$(echo "$base2/$base1" | bc -l)"

queued_run() {
  local workers="$1" t0 t1 w ms
  new_db
  pids=()
  for w in $(seq 1 "$workers"); do
    "$root/course" worker --jobs 1 --db "$db" >"$work/worker-$workers-$w.out" 2>&1 &
    pids+=($!)
  done
  for w in $(seq 1 "$workers"); do
    for _ in $(seq 1 300); do
      grep -q 'course worker: grading' "$work/worker-$workers-$w.out" 2>/dev/null && break
      sleep 0.1
    done
  done
  t0="$(now_ms)"
  "$root/course" grade height-checker "$folder" --queue --db "$db" >/dev/null 2>&1
  t1="$(now_ms)"
  for p in "${pids[@]}"; do kill "$p"; wait "$p" 2>/dev/null || true; done
  pids=()
  ms="$(cat "$work"/worker-"$workers"-*.out | sed -n 's/.*stopped; graded \([0-9]*\); database time per job \([0-9.]*\) ms.*/\1 \2/p' |
    awk '{n+=$1; t+=$1*$2} END {if (n) printf "%.1f", t/n; else print "?"}')"
  printf '%-28s %10.1f %10.2f %10.2f %s\n' "queued, $workers worker(s)" "$(echo "($t1-$t0)/1000" | bc -l)" \
    "$(echo "$n*1000/($t1-$t0)" | bc -l)" "$(echo "($t1-$t0)/$base1" | bc -l)" "$ms"
}
queued_run 1
queued_run 2

db_alone() {
  local threads="$1"
  new_db
  printf '%-28s %s\n' "gradebook alone, $threads thr." \
    "$(java -cp "$root/grader/app/target/course.jar:$root/grader/app/target/lib/*" \
      "$root/grader/bench/QueueCost.java" "$db" 1000 "$threads")"
}
db_alone 1
db_alone 4
