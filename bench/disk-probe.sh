#!/usr/bin/env bash
# Prints how long one synchronous 4 KiB write takes on the disk that holds the given directory (default: the
# temporary directory). It is the floor under every SQLite commit with synchronous=FULL, and on a virtual disk it
# drifts by half from one hour to the next, so the benchmarks print it beside their figures.
set -euo pipefail
dir="${1:-${TMPDIR:-/tmp}}"
while [ ! -d "$dir" ]; do dir="$(dirname "$dir")"; done
probe="$(mktemp -p "$dir" plugboard-disk-probe.XXXXXX)"
trap 'rm -f "$probe"' EXIT
# Written once first, so that the timed writes overwrite allocated blocks, as SQLite's write-ahead log does.
dd if=/dev/zero of="$probe" bs=4k count=500 status=none
sync "$probe"
seconds="$(LC_ALL=C dd if=/dev/zero of="$probe" bs=4k count=500 oflag=dsync conv=notrunc 2>&1 \
  | awk -F', ' '/copied/ { split($3, t, " "); print t[1] }')"
awk -v s="$seconds" -v d="$dir" \
  'BEGIN { printf "Disk: a synchronous 4 KiB write takes %d us in %s (dd oflag=dsync, 500 writes)\n", s * 1e6 / 500, d }'
