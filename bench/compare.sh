#!/usr/bin/env bash
# Side-by-side comparison of jimagekit and django-imagekit 4.1 on the peer's corpus, in one run,
# on this machine: prints the table of BENCHMARKS.md (and writes it to $OUT/table.md, with
# every raw output next to it).
#
#   bench/compare.sh             about 25 minutes on 2 cores
#   QUICK=1 bench/compare.sh     fewer passes and iterations, about 12 minutes
#
# Needs the peer harness (../shared/peer-bench, or PEER=DIR), Debian's django-imagekit, pilkit,
# Pillow, libvips-tools and libjpeg-turbo-progs (installed with apt-get when missing and running
# as root), and the corpus (fetched from Debian's wallpaper packages when missing).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PEER="${PEER:-$(cd "$ROOT/../shared/peer-bench" 2>/dev/null && pwd || true)}"
OUT="${OUT:-$ROOT/bench/target/compare}"
QUICK="${QUICK:-0}"
PY=/usr/bin/python3
[ -n "$PEER" ] && [ -f "$PEER/run.sh" ] || {
    echo "compare.sh: no peer harness at ${PEER:-../shared/peer-bench}; set PEER=DIR" >&2
    exit 2
}
CORPUS="$PEER/images"

need="python3-django python3-django-imagekit python3-pilkit python3-pil libvips-tools
    libjpeg-turbo-progs"
missing=$(for p in $need; do dpkg -s "$p" >/dev/null 2>&1 || echo "$p"; done)
if [ -n "$missing" ]; then
    if [ "$(id -u)" != 0 ]; then
        echo "compare.sh: install these Debian packages first: $missing" >&2
        exit 2
    fi
    echo "installing: $missing"
    apt-get install -y $missing >/dev/null || { apt-get update >/dev/null && \
        apt-get install -y $missing >/dev/null; }
fi
[ "$(ls "$CORPUS"/*.jpg 2>/dev/null | wc -l)" -ge 22 ] || "$PEER/fetch_images.sh"

if [ "$QUICK" = 1 ]; then PASSES=3; REPS=1; TRIALS=3; WARM=quick; RUNS=2
else PASSES=5; REPS=3; TRIALS=5; WARM=full; RUNS=3; fi

rm -rf "$OUT"
mkdir -p "$OUT"
(cd "$ROOT" && ./mvnw -B -q -Pbench -pl bench -am package -DskipTests)
rm -f "$ROOT/bench/dependency-reduced-pom.xml"
JAR="$ROOT/bench/target/benchmarks.jar"
J=(java -Djava.awt.headless=true -Dcompare.corpus="$CORPUS" -cp "$JAR")
C=io.github.jimagekit.bench.compare
export PEER_MEDIA="$OUT/peer-media"
mkdir -p "$PEER_MEDIA"

{
    echo "date=$(date -u +%FT%TZ)"
    echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
        "$(free -g | awk '/Mem:/{print $2}') GiB"
    echo "java=$(java -version 2>&1 | head -1)"
    echo "python=$($PY --version 2>&1), $(dpkg-query -W -f='${Package} ${Version}; ' \
        python3-django python3-django-imagekit python3-pilkit python3-pil libvips42)"
    echo "corpus=$(ls "$CORPUS"/*.jpg | wc -l) JPEG + $(ls "$CORPUS"/*.png | wc -l) PNG," \
        "$(du -sh "$CORPUS" | cut -f1)"
    echo "load-before=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "quick=$QUICK"
} > "$OUT/machine.txt"

step() { echo "== $*" >&2; }
ours() { "${J[@]}" "$@" 2>>"$OUT/ours.log" | tee -a "$OUT/ours.txt"; }
peer() { (cd "$PEER" && "$@") 2>>"$OUT/peer.log" | tee -a "$OUT/peer.txt"; }
timed() { (cd "$CORPUS" && $PY "$PEER/time_cmd.py" "$@") | tee -a "$OUT/commands.txt"; }

step "cold generation, 22 JPEGs: django-imagekit, Pillow draft(), vipsthumbnail, jimagekit"
peer $PY bench_cold.py thumbnail "$PASSES"
peer $PY pillow_native.py draft "$PASSES" 1
VT="vipsthumbnail -s 200x200 -m centre -o '$OUT/vips/%s.jpg[Q=85]'"
mkdir -p "$OUT/vips"
timed "vipsthumbnail 1 thread" 22 5 -- "VIPS_CONCURRENCY=1 $VT *.jpg"
timed "vipsthumbnail 2 procs" 22 5 -- \
    "ls *.jpg | VIPS_CONCURRENCY=1 xargs -P 2 -n 11 $VT"
timed "djpeg 1/8 decode only" 22 3 -- \
    'for f in *.jpg; do djpeg -scale 1/8 -outfile /dev/null "$f"; done'
for d in dct subsampled full; do
    ours $C.ColdGeneration "$d" 1 "$PASSES"
done
ours $C.ColdGeneration dct 2 "$PASSES"
ours $C.ColdGeneration subsampled 2 "$PASSES"

step "storage operations and the dogpile"
peer env PEER_IK_CACHE=locmem PEER_STRATEGY=JustInTime $PY bench_storage_ops.py
ours $C.StorageOps
peer env PEER_IK_CACHE=locmem $PY bench_dogpile.py threads 16 "$TRIALS"
ours $C.Dogpile 16 "$TRIALS"

step "warm pages: 100 tags against plain <img>"
for _ in $(seq $REPS); do
    peer env PEER_IK_CACHE=locmem $PY bench_hot.py 40 > /dev/null
done
ours $C.WarmTags "$WARM" > /dev/null

step "quality against pilkit's ResizeToFill"
$PY "$ROOT/bench/compare/pilkit-reference.py" "$CORPUS" "$OUT/pilkit-ref"
ours $C.Quality "$OUT/pilkit-ref" > /dev/null

step "peak heap: the largest corpus photo and a 50 MP JPEG"
"${J[@]}" -Xmx2g $C.LargeJpeg "$OUT/large/large-50mp.jpg" >> "$OUT/ours.log"
for d in dct subsampled full; do
    ours $C.PeakHeap "$d" "$CORPUS"
    ours $C.PeakHeap "$d" "$OUT/large/large-50mp.jpg"
done

step "generateimages over the corpus (25 sources), cold"
peer env PEER_IK_CACHE=locmem $PY bench_generateimages.py
"${J[@]}" io.github.jimagekit.bench.batch.PeerWebapp "$OUT/webapp" "$CORPUS" >> "$OUT/ours.log"
for t in 1 2; do
    timed "jimagekit generateimages ${t}t" 25 "$RUNS" -- "rm -rf '$OUT/batch' && ${J[*]}" \
        "io.github.jimagekit.cli.GenerateImages --webapp '$OUT/webapp'" \
        "-D imagekit.storage.root='$OUT/batch' --threads $t > /dev/null"
done

echo "load-after=$(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/machine.txt"
"${J[@]}" $C.ComparisonReport "$OUT" | tee "$OUT/table.md"
