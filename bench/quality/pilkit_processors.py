#!/usr/bin/python3
"""Writes pilkit's output for every processor case to a directory, for PilkitFidelity.

Usage: /usr/bin/python3 bench/quality/pilkit_processors.py PHOTO OUT_DIR

PHOTO is any photo (a corpus JPEG); three inputs are made from it (an opaque 320x240 crop,
the same with an alpha gradient, the same inside a 17-pixel solid border), saved as
input-*.png, and each case's pilkit result as <case>.png. Needs Debian's python3-pil and
python3-pilkit (the reference: pilkit under /usr/lib/python3/dist-packages).
"""
import os
import sys

from PIL import Image, ImageChops, ImageOps
from pilkit.processors import crop as pilkit_crop
from pilkit.processors import (Adjust, AddBorder, ColorOverlay, Crop, MakeOpaque, Reflection,
                               Resize, ResizeCanvas, ResizeToCover, ResizeToFill, ResizeToFit,
                               SmartCrop, SmartResize, Thumbnail, Transpose, TrimBorderColor)



class TrimAllBands(TrimBorderColor):
    """pilkit's TrimBorderColor as written for a Pillow whose getbbox() looks at every band.

    Pillow 9.4 (Debian 12) bounds RGBA images by their alpha channel only, so pilkit's own
    class never trims an opaque image there: the 'trim-pilkit-as-is' case shows it.
    """

    def process(self, img):
        source = img.convert('RGBA')
        border_color = self.color or tuple(pilkit_crop.detect_border_color(source))
        bg = Image.new('RGBA', img.size, border_color)
        diff = ImageChops.difference(source, bg)
        if self.tolerance not in (0, 1):
            tmp = ImageChops.constant(diff, int(self.tolerance * 255)).convert('RGBA')
            diff = ImageChops.subtract(diff, tmp)
        boxes = [b for b in (band.getbbox() for band in diff.split()) if b]
        if boxes:
            bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                    max(b[2] for b in boxes), max(b[3] for b in boxes))
            img = pilkit_crop._crop(img, bbox, self.sides)
        return img


CASES = {
    # name: (input, processor); keep in step with PilkitFidelity.CASES
    'fill': ('rgb', ResizeToFill(200, 150)),
    'fill-tl': ('rgb', ResizeToFill(100, 100, anchor='tl')),
    'fill-frac': ('rgb', ResizeToFill(90, 200, anchor=(0.25, 0.75))),
    'fill-up': ('rgb', ResizeToFill(500, 400)),
    'fill-noup': ('rgb', ResizeToFill(500, 100, upscale=False)),
    'fill-alpha': ('rgba', ResizeToFill(150, 150)),
    'cover': ('rgb', ResizeToCover(150, 150)),
    'fit-w': ('rgb', ResizeToFit(width=123)),
    'fit-h': ('rgb', ResizeToFit(height=77)),
    'fit-mat': ('rgb', ResizeToFit(150, 150, mat_color=(255, 0, 0), anchor='b')),
    'fit-noup': ('rgb', ResizeToFit(1000, 1000, upscale=False)),
    'resize': ('rgb', Resize(77, 55)),
    'resize-alpha': ('rgba', Resize(100, 100)),
    'smartresize': ('rgb', SmartResize(120, 120)),
    'smartcrop': ('rgb', SmartCrop(150, 150)),
    'smartcrop-alpha': ('rgba', SmartCrop(200, 100)),
    'crop-br': ('rgb', Crop(100, 80, anchor='br')),
    'crop-xy': ('rgb', Crop(100, 80, x=-30, y=-20)),
    'canvas': ('rgb', ResizeCanvas(400, 300, color=(0, 0, 255, 255), anchor=(0.25, 0.75))),
    'canvas-transparent': ('rgb', ResizeCanvas(360, 200)),
    'border': ('rgb', AddBorder((3, 5, 7, 9), color=(0, 255, 0))),
    'adjust-color': ('rgb', Adjust(color=0.3)),
    'adjust-brightness': ('rgb', Adjust(brightness=1.4)),
    'adjust-contrast': ('rgb', Adjust(contrast=0.6)),
    'adjust-sharpness': ('rgb', Adjust(sharpness=2.0)),
    'adjust-all': ('rgba', Adjust(0.5, 1.2, 1.3, 0.4)),
    'transpose': ('rgb', Transpose(Transpose.ROTATE_90, Transpose.FLIP_HORIZONTAL)),
    'makeopaque': ('rgba', MakeOpaque((10, 20, 30))),
    'trim': ('bordered', TrimAllBands()),
    'trim-sides': ('bordered', TrimAllBands(sides=('t', 'l'))),
    'trim-exact': ('bordered', TrimAllBands(color=(40, 200, 90, 255), tolerance=0)),
    'trim-pilkit-as-is': ('bordered', TrimBorderColor()),
    'overlay': ('rgb', ColorOverlay((255, 0, 0), 0.3)),
    'reflection': ('rgb', Reflection('#102030', 0.5, 0.6)),
    'thumbnail': ('rgb', Thumbnail(100, 100)),
    'thumbnail-w': ('rgb', Thumbnail(100, None)),
    'thumbnail-t': ('rgb', Thumbnail(100, 100, anchor='t')),
    'thumbnail-big': ('rgb', Thumbnail(1000, 1000)),
}


def inputs(photo):
    img = ImageOps.exif_transpose(Image.open(photo)).convert('RGB')
    rgb = ImageOps.fit(img, (320, 240), Image.LANCZOS)
    rgba = rgb.copy()
    alpha = Image.linear_gradient('L').resize((320, 240)).rotate(90, expand=False)
    rgba.putalpha(alpha)
    bordered = Image.new('RGB', (354, 274), (40, 200, 90))
    bordered.paste(rgb, (17, 17))
    return {'rgb': rgb, 'rgba': rgba, 'bordered': bordered}


def main():
    photo, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    ins = inputs(photo)
    for name, img in ins.items():
        img.save(os.path.join(out, 'input-%s.png' % name))
    for name, (which, processor) in CASES.items():
        result = processor.process(ins[which].copy())
        result.save(os.path.join(out, name + '.png'))
    print('%d cases written to %s' % (len(CASES), out))


if __name__ == '__main__':
    main()
