#!/usr/bin/env bash
# Regenerates the small JPEGs under imagekit-core/src/test/resources/jpeg/ and libjpeg-turbo's
# scaled decodes of them (djpeg -scale 1/8, 1/4, 1/2, 1/1), which JpegDctDecoder's tests compare
# with. Needs python3, cjpeg/djpeg (Debian libjpeg-turbo-progs) and a JDK; run from anywhere:
#   bench/jpeg/make-references.sh
# The manifest references.txt lists "name sampling coding" per JPEG.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
OUT="$ROOT/imagekit-core/src/test/resources/jpeg"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

python3 "$ROOT/bench/jpeg/synth.py" "$TMP"
mkdir -p "$OUT"
rm -f "$OUT"/*.jpg "$OUT"/*.ppm "$OUT"/*.pgm "$OUT/references.txt"
echo "# name sampling coding; made by bench/jpeg/make-references.sh with" \
    "$(djpeg -version 2>&1 | head -1)" > "$OUT/references.txt"

# refs NAME SAMPLING CODING: djpeg's decode of NAME.jpg at every scale
refs() {
    local ext=ppm
    [ "$2" = grey ] && ext=pgm
    for s in 1 2 4 8; do
        djpeg -scale "1/$s" -outfile "$OUT/$1.1-$s.$ext" "$OUT/$1.jpg"
    done
    echo "$1 $2 $3" >> "$OUT/references.txt"
}

# jpeg NAME SAMPLING CODING INPUT [cjpeg options...]
jpeg() {
    local name=$1 sampling=$2 coding=$3 input=$4
    shift 4
    cjpeg -quality 85 "$@" -outfile "$OUT/$name.jpg" "$TMP/$input"
    refs "$name" "$sampling" "$coding"
}

S=scene-75x53
for pair in 444:1x1 422:2x1 420:2x2 440:1x2 411:4x1; do
    ss=${pair%%:*}
    f=${pair#*:}
    jpeg "s$ss-base" "$ss" baseline "$S.ppm" -sample "$f"
    jpeg "s$ss-base-rst" "$ss" baseline-restart "$S.ppm" -sample "$f" -restart 2B
    jpeg "s$ss-prog" "$ss" progressive "$S.ppm" -sample "$f" -progressive
    jpeg "s$ss-prog-rst" "$ss" progressive-restart "$S.ppm" -sample "$f" -progressive -restart 1
done
jpeg grey-base grey baseline "$S.pgm"
jpeg grey-prog grey progressive "$S.pgm" -progressive
jpeg grey-prog-rst grey progressive-restart "$S.pgm" -progressive -restart 3B
jpeg s420-optimized 420 baseline "$S.ppm" -sample 2x2 -optimize
printf '0;\n1;\n2;\n' > "$TMP/separate.scans"
jpeg s420-separate-scans 420 baseline-separate-scans "$S.ppm" -sample 2x2 \
    -scans "$TMP/separate.scans"
jpeg tiny-1x1 420 baseline scene-1x1.ppm -sample 2x2
jpeg tiny-1x1-prog 444 progressive scene-1x1.ppm -sample 1x1 -progressive
jpeg tiny-1x1-grey grey baseline scene-1x1.pgm
jpeg odd-7x9 420 baseline scene-7x9.ppm -sample 2x2
jpeg odd-7x9-prog 422 progressive scene-7x9.ppm -sample 2x1 -progressive
jpeg odd-7x9-411 411 baseline-restart scene-7x9.ppm -sample 4x1 -restart 1B
jpeg wide-8193x2 420 progressive scene-8193x2.ppm -sample 2x2 -progressive
for coding in baseline progressive; do
    java "$ROOT/bench/jpeg/ImageIoJpegs.java" "$TMP/$S.ppm" "$OUT/imageio-$coding.jpg" "$coding"
    refs "imageio-$coding" 420 "$coding"
done

# Inputs the decoder must decline, without references.
cjpeg -quality 85 -arithmetic -outfile "$OUT/decline-arithmetic.jpg" "$TMP/$S.ppm"
cjpeg -quality 85 -rgb -outfile "$OUT/decline-rgb.jpg" "$TMP/$S.ppm"
du -sh "$OUT"
