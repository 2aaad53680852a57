#!/usr/bin/python3
"""Prints pilkit's output checksums for PilkitGoldenTest (imagekit-core's unit tests).

Usage: /usr/bin/python3 bench/quality/pilkit_golden.py

The input images are made in code the same way in both languages (TestImages.gradient and
quadrants, and the 'pattern' image below); each line is a case name, the output size and the
CRC-32 of its pixels as R, G, B, A bytes row by row (A = 255 for RGB outputs).
"""
import zlib

from PIL import Image
from pilkit.processors import (Adjust, ColorOverlay, Reflection, Resize, ResizeCanvas,
                               ResizeToFill, ResizeToFit, SmartCrop, SmartResize)


def gradient(w, h):
    img = Image.new('RGB', (w, h))
    img.putdata([((x * 255 // (w - 1)) if w > 1 else 0, (y * 255 // (h - 1)) if h > 1 else 0,
                  128) for y in range(h) for x in range(w)])
    return img


def pattern(w, h):
    img = Image.new('RGB', (w, h))
    img.putdata([((x * 37 + y * 91 + x * y * 7) % 256, (x * 11 + y * 53 + x * y * 13) % 256,
                  (x * x + y * y * 3) % 256) for y in range(h) for x in range(w)])
    return img


def with_alpha(img):
    rgba = img.convert('RGBA')
    w, h = img.size
    alpha = Image.new('L', (w, h))
    alpha.putdata([(x * 255 // (w - 1) + y * 3) % 256 for y in range(h) for x in range(w)])
    rgba.putalpha(alpha)
    return rgba


def crc(img):
    rgba = img.convert('RGBA')
    return '%08x' % (zlib.crc32(rgba.tobytes()) & 0xffffffff)


CASES = [
    ('fill-gradient', gradient(37, 23), ResizeToFill(10, 7)),
    ('fill-pattern', pattern(97, 61), ResizeToFill(20, 20, anchor='tl')),
    ('fill-pattern-up', pattern(13, 9), ResizeToFill(40, 30)),
    ('fit-pattern', pattern(97, 61), ResizeToFit(31, None)),
    ('resize-alpha', with_alpha(pattern(64, 48)), Resize(21, 17)),
    ('smartresize-pattern', pattern(120, 80), SmartResize(50, 50)),
    ('smartcrop-pattern', pattern(120, 80), SmartCrop(64, 70)),
    ('adjust-pattern', pattern(40, 30), Adjust(0.4, 1.3, 0.7, 1.8)),
    ('overlay-pattern', pattern(40, 30), ColorOverlay((10, 200, 30), 0.35)),
    ('canvas-pattern', pattern(40, 30), ResizeCanvas(50, 20, color=(1, 2, 3, 255),
                                                     anchor=(0.3, 0.6))),
    ('reflection-pattern', pattern(40, 30), Reflection('#204060', 0.4, 0.7)),
]

for name, img, processor in CASES:
    out = processor.process(img)
    print('%s %dx%d %s' % (name, out.size[0], out.size[1], crc(out)))
