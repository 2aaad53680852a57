#!/usr/bin/env python3
"""Writes Pillow's thumbnails of the corpus JPEGs, the references of QualityReport.

usage: pillow-reference.py CORPUS_DIR OUT_DIR [SIZE]

Per photo NAME.jpg, a SIZExSIZE centre-crop fill (ImageOps.fit, LANCZOS):
  NAME.ref.png    from the full-size decode: the reference
  NAME.q85.jpg    the reference saved as JPEG quality 85 (the JPEG-loss floor)
  NAME.draft.jpg  Pillow with draft() (libjpeg-turbo DCT scaling to the cover size), quality 85
Needs Debian's python3-pil: run with /usr/bin/python3.
"""
import math
import os
import sys
from PIL import Image, ImageOps


def main():
    src, out = sys.argv[1], sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    os.makedirs(out, exist_ok=True)
    for name in sorted(f for f in os.listdir(src) if f.lower().endswith('.jpg')):
        path = os.path.join(src, name)
        stem = name[:-4]
        ref = ImageOps.fit(Image.open(path).convert('RGB'), (size, size),
                           Image.Resampling.LANCZOS)
        ref.save(os.path.join(out, stem + '.ref.png'))
        ref.save(os.path.join(out, stem + '.q85.jpg'), 'JPEG', quality=85)
        im = Image.open(path)
        w, h = im.size
        r = max(size / w, size / h)
        im.draft('RGB', (math.ceil(w * r), math.ceil(h * r)))
        draft = ImageOps.fit(im.convert('RGB'), (size, size), Image.Resampling.LANCZOS)
        draft.save(os.path.join(out, stem + '.draft.jpg'), 'JPEG', quality=85)


if __name__ == '__main__':
    main()
