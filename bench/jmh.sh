#!/usr/bin/env bash
# Runs the core JMH benchmarks (create use case in memory and on SQLite, validation, token and digest,
# encryption, JSON). Extra arguments go to JMH, e.g. bench/jmh.sh CreateInstance -i 5. Warm-up is 3 x 5 s: on two
# cores the JIT compiler is still at work after 6 s, and the first measured iterations came out at half speed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./mvnw -B -q -DskipTests package -pl benchmarks -am >&2
printf 'Machine: %s cores, %s; %s\n' "$(nproc)" "$(java -version 2>&1 | head -1)" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
bench/disk-probe.sh  # the SQLite benchmark's data directory is a temporary one
exec java -jar benchmarks/target/benchmarks.jar -wi 3 -w 5s -i 5 -r 5s -f 1 "$@"
