#!/usr/bin/env bash
# Finds the smallest -Xmx (MiB) under which each decode variant turns the largest corpus photo
# into a 200x200 fill's input, and prints the bytes it allocates per decode.
#   [JAVA_OPTS=-XX:+UseSerialGC] bench/jpeg/min-heap.sh [VARIANT...]   (after building the jar)
# Each probe runs under a timeout: a JVM starved of heap may thrash instead of failing.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$ROOT/bench/target/benchmarks.jar"
VARIANTS=("$@")
[ ${#VARIANTS[@]} -eq 0 ] && VARIANTS=(DCT IMAGEIO_SUBSAMPLED IMAGEIO_FULL)
probe() { timeout 60 java ${JAVA_OPTS:-} -Xmx"$2"m -Djava.awt.headless=true -cp "$JAR" \
    io.github.jimagekit.bench.jpeg.HeapProbe "$1" >/tmp/min-heap.$$ 2>&1; }
for v in "${VARIANTS[@]}"; do
    lo=1; hi=512
    probe "$v" "$hi" || { echo "$v: fails even with ${hi} MiB"; continue; }
    while [ $((hi - lo)) -gt 1 ]; do
        mid=$(((lo + hi) / 2))
        if probe "$v" "$mid"; then hi=$mid; else lo=$mid; fi
    done
    probe "$v" "$hi"
    echo "$(cat /tmp/min-heap.$$) | smallest -Xmx: ${hi} MiB"
done
rm -f /tmp/min-heap.$$
