#!/usr/bin/python3
"""Writes Pillow's SIZExSIZE fill of every photo in a directory: the references for ResizeQuality.

Usage: /usr/bin/python3 bench/quality/pillow_reference.py PHOTO_DIR OUT_DIR [SIZE]

For each JPEG or PNG, after ImageOps.exif_transpose:
  OUT_DIR/fit/<name>.png     ImageOps.fit(img, (SIZE, SIZE), Image.LANCZOS): the largest centred
                             box with the target's aspect ratio (fractional edges), resampled
                             straight to the target;
  OUT_DIR/pilkit/<name>.png  pilkit's ResizeToFill(SIZE, SIZE): the same LANCZOS resample, to
                             the cover size rounded to whole pixels, then a centred whole-pixel
                             crop (the geometry django-imagekit's thumbnails have).
Grey images are converted to RGB(A) first, so that Java reads the same sRGB values (ImageIO
takes grey PNGs as linear). Needs Debian's python3-pil and python3-pilkit.
"""
import os
import sys

from PIL import Image, ImageOps
from pilkit.processors import ResizeToFill


def main():
    src, out = sys.argv[1], sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    for sub in ('fit', 'pilkit'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    names = sorted(n for n in os.listdir(src)
                   if n.lower().endswith(('.jpg', '.jpeg', '.png')))
    for name in names:
        img = ImageOps.exif_transpose(Image.open(os.path.join(src, name)))
        if img.mode not in ('RGB', 'RGBA'):
            img = img.convert('RGBA' if 'A' in img.getbands() else 'RGB')
        base = os.path.splitext(name)[0] + '.png'
        ImageOps.fit(img, (size, size), Image.LANCZOS).save(os.path.join(out, 'fit', base))
        ResizeToFill(size, size).process(img).save(os.path.join(out, 'pilkit', base))
    print('%d references written to %s' % (len(names), out))


if __name__ == '__main__':
    main()
