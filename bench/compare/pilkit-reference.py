#!/usr/bin/env python3
"""Writes the peer's own 200x200 centre fill of each corpus JPEG, the references of Quality.

usage: pilkit-reference.py CORPUS_DIR OUT_DIR

Per photo NAME.jpg, pilkit's ResizeToFill(200, 200, anchor='c') (what django-imagekit's
{% thumbnail '200x200' %} and a fill spec run; Pillow LANCZOS):
  NAME.ref.png    from the full-size decode: the reference
  NAME.q85.jpg    the reference saved as JPEG quality 85 (the JPEG-loss floor)
  NAME.draft.jpg  the same with Pillow's draft() (libjpeg-turbo DCT scaling to the cover
                  size, the peer's fastest configuration), quality 85
Needs Debian's python3-pil and python3-pilkit: run with /usr/bin/python3.
"""
import math
import os
import sys
from PIL import Image
from pilkit.processors import ResizeToFill


def main():
    src, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    fill = ResizeToFill(200, 200, anchor='c')
    for name in sorted(f for f in os.listdir(src) if f.lower().endswith('.jpg')):
        path = os.path.join(src, name)
        stem = name[:-4]
        ref = fill.process(Image.open(path).convert('RGB')).convert('RGB')
        ref.save(os.path.join(out, stem + '.ref.png'))
        ref.save(os.path.join(out, stem + '.q85.jpg'), 'JPEG', quality=85)
        im = Image.open(path)
        w, h = im.size
        r = max(200 / w, 200 / h)
        im.draft('RGB', (math.ceil(w * r), math.ceil(h * r)))
        fill.process(im.convert('RGB')).convert('RGB').save(os.path.join(out, stem + '.draft.jpg'), 'JPEG',
                                             quality=85)


if __name__ == '__main__':
    main()
