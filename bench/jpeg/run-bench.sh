#!/usr/bin/env bash
# Runs the measurements of imagekit-core/docs/jpeg-decoder.md in one session, so that ratios
# compare like with like: vipsthumbnail (before and after), the JMH decode and thumbnail
# benchmarks on 1 and 2 threads, django-imagekit's cold generation (the peer), the quality
# report against Pillow, the CPU time per image of each, and the heap probes. About 20 minutes
# on 2 cores.
#   bench/jpeg/run-bench.sh            results in bench/target/jpeg-results/
#   CORPUS=DIR PEER=DIR OUT=DIR JMH_ARGS="-wi 1 -i 2" bench/jpeg/run-bench.sh
# To add the engine's end-to-end cold generation later, add a @Benchmark to
# JpegDecodeBenchmark (or a sibling) and it runs here with the others.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
CORPUS="${CORPUS:-/work/shared/peer-bench/images}"
PEER="${PEER:-$(dirname "$CORPUS")}"
OUT="${OUT:-$ROOT/bench/target/jpeg-results}"
JAR="$ROOT/bench/target/benchmarks.jar"
PY=/usr/bin/python3
mkdir -p "$OUT"

{
    echo "date: $(date -u +%FT%TZ)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -version 2>&1 | head -2
    vipsthumbnail --vips-version 2>/dev/null || true
    djpeg -version 2>&1 | head -1
} > "$OUT/machine.txt"

(cd "$ROOT" && ./mvnw -B -q -Pbench -pl bench -am package -DskipTests)
rm -f "$ROOT/bench/dependency-reduced-pom.xml"

VT="vipsthumbnail -s 200x200 -m centre -o '/tmp/jpeg-bench-vt/%s.jpg[Q=85]'"
vips() {
    mkdir -p /tmp/jpeg-bench-vt
    (cd "$CORPUS" && $PY "$PEER/time_cmd.py" "vipsthumbnail 1 proc, 1 thread" 22 5 -- \
        "VIPS_CONCURRENCY=1 $VT *.jpg"
     $PY "$PEER/time_cmd.py" "vipsthumbnail 2 procs x 1 thread" 22 5 -- \
        "ls *.jpg | VIPS_CONCURRENCY=1 xargs -P 2 -n 11 $VT")
}
vips > "$OUT/vipsthumbnail-before.txt"

# CPU time per image: far less disturbed than wall time when other processes share the cores
{
    (cd "$CORPUS" && $PY "$ROOT/bench/jpeg/cpu_cmd.py" "vipsthumbnail 1 thread" 22 5 -- \
        "VIPS_CONCURRENCY=1 $VT *.jpg")
    (cd "$PEER" && PEER_MEDIA=/tmp/jpeg-bench-peer-media \
        $PY "$ROOT/bench/jpeg/peer_cpu.py" "$PEER" 3) \
        || echo "peer CPU measurement failed (needs django-imagekit)"
    java -Djpeg.corpus="$CORPUS" -Djava.awt.headless=true -cp "$JAR" \
        io.github.jimagekit.bench.jpeg.CpuTimeReport
} > "$OUT/cpu.md" 2>&1

for t in 1 2; do
    java -jar "$JAR" JpegDecodeBenchmark -t "$t" -jvmArgsAppend "-Djpeg.corpus=$CORPUS" \
        -rf json -rff "$OUT/jmh-${t}t.json" ${JMH_ARGS:-} > "$OUT/jmh-${t}t.txt" 2>&1
done

vips > "$OUT/vipsthumbnail-after.txt"
(cd "$PEER" && PEER_MEDIA=/tmp/jpeg-bench-peer-media $PY bench_cold.py thumbnail 3) \
    > "$OUT/peer.txt" 2>&1 || echo "peer benchmark failed (needs django-imagekit)" > "$OUT/peer.txt"

$PY "$ROOT/bench/compare/pilkit-reference.py" "$CORPUS" "$OUT/pilkit-ref"
java -Djpeg.corpus="$CORPUS" -Djava.awt.headless=true -cp "$JAR" \
    io.github.jimagekit.bench.jpeg.QualityReport "$OUT/pilkit-ref" DCT DCT_2X IMAGEIO_SUBSAMPLED \
    IMAGEIO_FULL > "$OUT/quality.md"
java -Djpeg.corpus="$CORPUS" -Djava.awt.headless=true -cp "$JAR" \
    io.github.jimagekit.bench.jpeg.ScaleComparison > "$OUT/scales.md"
{
    echo "G1:"; "$ROOT/bench/jpeg/min-heap.sh"
    echo "Serial:"; JAVA_OPTS=-XX:+UseSerialGC "$ROOT/bench/jpeg/min-heap.sh"
} > "$OUT/heap.txt"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
grep -h -E "^JpegDecodeBenchmark" "$OUT"/jmh-*t.txt
cat "$OUT"/vipsthumbnail-*.txt "$OUT/peer.txt" "$OUT/cpu.md"
