#!/usr/bin/env python3
"""Writes the synthetic test scenes used by make-references.sh, deterministically.

usage: synth.py OUTDIR

A scene has smooth colour gradients, sharp-edged coloured shapes (so that chroma subsampling
and upsampling matter), a fine checkerboard (high frequencies) and pseudo-random noise from a
fixed linear congruential generator, so it exercises every DCT coefficient the way a photo does.
"""
import math
import os
import sys


def scene(w, h):
    seed = 12345
    rows = []
    for y in range(h):
        row = []
        for x in range(w):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            noise = (seed >> 16) % 25 - 12
            r = 128 + 100 * math.sin(x / 7.0 + y / 13.0)
            g = 128 + 90 * math.cos(x / 11.0 - y / 5.0)
            b = 255.0 * x / max(w - 1, 1)
            if (x - w * 0.3) ** 2 + (y - h * 0.4) ** 2 < (min(w, h) * 0.22) ** 2:
                r, g, b = 230, 30, 40
            if w * 0.55 < x < w * 0.8 and h * 0.5 < y < h * 0.9:
                r, g, b = 20, 40, 220
            if abs((x - y) - w * 0.1) < 2:
                r, g, b = 250, 250, 40
            if x > w * 0.85 and y < h * 0.3:
                r = g = b = 255 if (x + y) % 2 == 0 else 0
            row.append(tuple(max(0, min(255, int(c + noise))) for c in (r, g, b)))
        rows.append(row)
    return rows


def write_ppm(path, rows):
    h, w = len(rows), len(rows[0])
    with open(path, 'wb') as f:
        f.write(b'P6\n%d %d\n255\n' % (w, h))
        f.write(bytes(c for row in rows for px in row for c in px))


def write_pgm(path, rows):
    h, w = len(rows), len(rows[0])
    with open(path, 'wb') as f:
        f.write(b'P5\n%d %d\n255\n' % (w, h))
        f.write(bytes((px[0] * 299 + px[1] * 587 + px[2] * 114) // 1000
                      for row in rows for px in row))


def main():
    out = sys.argv[1]
    for w, h in ((75, 53), (1, 1), (7, 9), (8193, 2)):
        rows = scene(w, h)
        write_ppm(os.path.join(out, 'scene-%dx%d.ppm' % (w, h)), rows)
        write_pgm(os.path.join(out, 'scene-%dx%d.pgm' % (w, h)), rows)


if __name__ == '__main__':
    main()
