#!/usr/bin/env bash
# Measures Plugboard's HTTP API against a baseline server on the same stack (Vert.x + Jackson, same event-loop
# count), in the same run, on this machine: POST /instances against a JSON echo, GET /instances/{id} against a
# JSON GET. Prints requests per second, p50 and p99 for each, and the ratios Plugboard / baseline.
#
# Settings (environment): BENCH_DURATION seconds per wrk run (default 10), BENCH_ROUNDS alternations (default 3),
# BENCH_WARMUP the least seconds of warm-up per route and server (default 20) and BENCH_WARMUP_MAX the most
# (default 120): warm-up goes on in 5 s steps until two steps in a row are no faster than the fastest before them
# (by 3 %), since on two busy cores the JIT compiler may need a minute to settle; BENCH_CONNECTIONS (default 32),
# BENCH_DATA_DIR an empty directory to use (default: a new temporary one).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
duration="${BENCH_DURATION:-10}"
warmup="${BENCH_WARMUP:-20}"
warmup_max="${BENCH_WARMUP_MAX:-120}"
warmup_step=5
rounds="${BENCH_ROUNDS:-3}"
connections="${BENCH_CONNECTIONS:-32}"
threads=2
event_loops=$((2 * $(nproc)))

if [ -n "${BENCH_DATA_DIR:-}" ]; then
  if [ -e "$BENCH_DATA_DIR" ] && [ -n "$(ls -A "$BENCH_DATA_DIR" 2>/dev/null)" ]; then
    echo "bench/http.sh: $BENCH_DATA_DIR is not empty; give an empty or new directory (benchmarks write thousands of instances)." >&2
    exit 2
  fi
  data="$BENCH_DATA_DIR"
  remove_data=false
else
  data="$(mktemp -d)/plugboard-data"
  remove_data=true
fi

pids=()
result=""
work="$(mktemp -d)"
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if $remove_data; then rm -rf "$(dirname "$data")"; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null 2>&1; then
  echo "Installing wrk..." >&2
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq wrk >&2
fi

echo "Building Plugboard and the baseline..." >&2
./mvnw -B -q -DskipTests package -pl app,benchmarks -am >&2
./plugboard --version > /dev/null  # refreshes the launcher's class-data archive after a build

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
wait_for() { # port path
  # Probe the port from this shell (a connect, no process) so that the probing does not slow the start it times,
  # then ask for the page.
  for _ in $(seq 1 3000); do
    if { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null; then
      exec 3>&-
      curl -fsS -o /dev/null "http://127.0.0.1:$1$2" 2>/dev/null && return 0
    fi
    sleep 0.002
  done
  echo "bench/http.sh: http://127.0.0.1:$1$2 did not answer" >&2; exit 1
}

user_secret="$(head -c 32 /dev/urandom | base64)"
org_secret="$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')"
authorization="User $user_secret, Organization $org_secret"
plugboard_port="$(free_port)"
baseline_port="$(free_port)"

start_ns=$(date +%s%N)
PLUGBOARD_BOOTSTRAP_USER_SECRET="$user_secret" PLUGBOARD_BOOTSTRAP_ORG_SECRET="$org_secret" \
  ./plugboard serve --port "$plugboard_port" --data-dir "$data" \
  > "$work/plugboard.out" 2> "$work/plugboard.err" &
pids+=($!)
wait_for "$plugboard_port" /elements/api-v2/elements/keys
startup_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))

java -cp benchmarks/target/benchmarks.jar io.plugboard.benchmarks.BaselineServer "$baseline_port" "$event_loops" \
  > "$work/baseline.out" 2> "$work/baseline.err" &
pids+=($!)
wait_for "$baseline_port" /instance

body='{"element":{"key":"mixpanel"},"configuration":{"username":"xxxxxxxxxxxxxxxxxxxxxx"},"tags":["Docs"],"name":"API Instance"}'
cat > "$work/post.lua" <<LUA
wrk.method = "POST"
wrk.body = '$body'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$authorization"
LUA
cat > "$work/get.lua" <<LUA
wrk.headers["Authorization"] = "$authorization"
LUA
instance_id=$(curl -fsS -X POST "http://127.0.0.1:$plugboard_port/elements/api-v2/instances" \
  -H "Authorization: $authorization" -H 'Content-Type: application/json' -d "$body" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')

# wrk prints latencies as 1.23us, 4.56ms or 1.2s; turn them into milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }
run_wrk() { # name url script [seconds]; leaves "req/s p50 p99 non-2xx" in $result
  local out="$work/$1.txt"
  # In the background and waited for, so that Ctrl-C or SIGTERM reaches the trap at once.
  wrk -t"$threads" -c"$connections" -d"${4:-$duration}s" --latency -s "$3" "$2" > "$out" 2>&1 &
  pids+=($!)
  wait $!
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ { print $2 }' "$out")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  errors=$(awk '/Non-2xx/ { print $5 }' "$out"); errors=${errors:-0}
  result="$rps $p50 $p99 $errors"
}

warmups=()
warm_up() { # label url script; runs wrk in steps until the throughput stops rising, records how long it took
  local seconds=0 best=0 flat=0 rps
  while :; do
    run_wrk warm "$2" "$3" "$warmup_step"
    rps="${result%% *}"
    seconds=$((seconds + warmup_step))
    if awk -v r="$rps" -v b="$best" 'BEGIN { exit !(r > b * 1.03) }'; then flat=0; else flat=$((flat + 1)); fi
    best=$(awk -v r="$rps" -v b="$best" 'BEGIN { print (r > b ? r : b) }')
    if { [ "$seconds" -ge "$warmup" ] && [ "$flat" -ge 2 ]; } || [ "$seconds" -ge "$warmup_max" ]; then break; fi
  done
  warmups+=("$1 ${seconds}s")
}
echo "Warming up both servers..." >&2
warm_up "plugboard POST" "http://127.0.0.1:$plugboard_port/elements/api-v2/instances" "$work/post.lua"
warm_up "baseline POST" "http://127.0.0.1:$baseline_port/echo" "$work/post.lua"
warm_up "plugboard GET" "http://127.0.0.1:$plugboard_port/elements/api-v2/instances/$instance_id" "$work/get.lua"
warm_up "baseline GET" "http://127.0.0.1:$baseline_port/instance" "$work/get.lua"

printf '\nMachine: %s cores, %s; %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
"$root/bench/disk-probe.sh" "$data"
printf 'wrk: %s threads, %s connections, %ss per run, %s rounds; %s event loops each; Plugboard on SQLite (WAL, synchronous=FULL)\n' \
  "$threads" "$connections" "$duration" "$rounds" "$event_loops"
printf 'Warm-up until the throughput stopped rising (%s to %s s): %s\n' "$warmup" "$warmup_max" "$(IFS=,; echo "${warmups[*]}" | sed 's/,/, /g')"
printf 'Start-up: plugboard serve to its first answered request: %s ms\n\n' "$startup_ms"

report() { # title plugboard-url baseline-url script
  printf '%s\n' "$1"
  printf '  %-6s %-10s %12s %9s %9s %8s\n' round server "req/s" "p50 ms" "p99 ms" "non-2xx"
  local ratios=() p99s=()
  for round in $(seq 1 "$rounds"); do
    run_wrk "p$round" "$2" "$4"
    read -r p_rps p_50 p_99 p_err <<< "$result"
    run_wrk "b$round" "$3" "$4"
    read -r b_rps b_50 b_99 b_err <<< "$result"
    printf '  %-6s %-10s %12s %9s %9s %8s\n' "$round" plugboard "$p_rps" "$p_50" "$p_99" "$p_err"
    printf '  %-6s %-10s %12s %9s %9s %8s\n' "$round" baseline "$b_rps" "$b_50" "$b_99" "$b_err"
    ratios+=("$(awk -v p="$p_rps" -v b="$b_rps" 'BEGIN { printf "%.3f", p / b }')")
    p99s+=("$p_99")
  done
  local median_ratio median_p99
  median_ratio=$(printf '%s\n' "${ratios[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  median_p99=$(printf '%s\n' "${p99s[@]}" | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  printf '  ratio plugboard/baseline per round: %s; median %s; Plugboard median p99 %s ms\n\n' \
    "${ratios[*]}" "$median_ratio" "$median_p99"
}

report "POST /instances (Plugboard) vs POST /echo (baseline: Jackson parse and write)" \
  "http://127.0.0.1:$plugboard_port/elements/api-v2/instances" "http://127.0.0.1:$baseline_port/echo" "$work/post.lua"
report "GET /instances/$instance_id (Plugboard) vs GET /instance (baseline: Jackson write)" \
  "http://127.0.0.1:$plugboard_port/elements/api-v2/instances/$instance_id" "http://127.0.0.1:$baseline_port/instance" \
  "$work/get.lua"

if grep -qi 'blocked' "$work/plugboard.err"; then
  echo "Warning: the server logged a blocked thread:" >&2
  grep -i 'blocked' "$work/plugboard.err" | head -3 >&2
fi
