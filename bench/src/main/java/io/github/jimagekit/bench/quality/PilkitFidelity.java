package io.github.jimagekit.bench.quality;

import io.github.jimagekit.processor.AddBorder;
import io.github.jimagekit.processor.Adjust;
import io.github.jimagekit.processor.Anchor;
import io.github.jimagekit.processor.ColorOverlay;
import io.github.jimagekit.processor.Crop;
import io.github.jimagekit.processor.MakeOpaque;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Reflection;
import io.github.jimagekit.processor.Resize;
import io.github.jimagekit.processor.ResizeCanvas;
import io.github.jimagekit.processor.ResizeToCover;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.ResizeToFit;
import io.github.jimagekit.processor.SmartCrop;
import io.github.jimagekit.processor.SmartResize;
import io.github.jimagekit.processor.Thumbnail;
import io.github.jimagekit.processor.Transpose;
import io.github.jimagekit.processor.TrimBorderColor;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Compares every processor with pilkit's own output, pixel by pixel: run
 * {@code bench/quality/pilkit_processors.py PHOTO DIR} first, then this class with {@code DIR}.
 * Prints, per case, the sizes, the share of pixels that match exactly, the largest channel
 * difference and the PSNR (alpha included where either side has it; colour ignored where both
 * are fully transparent).
 */
public final class PilkitFidelity {

    private PilkitFidelity() {
    }

    /** A case; {@code note} names a documented difference from pilkit, if any. */
    private record Case(String input, Processor processor, String note) {
        Case(String input, Processor processor) {
            this(input, processor, "");
        }
    }

    private static Map<String, Case> cases() {
        Map<String, Case> c = new LinkedHashMap<>();
        c.put("fill", new Case("rgb", new ResizeToFill(200, 150)));
        c.put("fill-tl", new Case("rgb", new ResizeToFill(100, 100, Anchor.TOP_LEFT)));
        c.put("fill-frac", new Case("rgb", new ResizeToFill(90, 200, Anchor.of(0.25, 0.75))));
        c.put("fill-up", new Case("rgb", new ResizeToFill(500, 400)));
        c.put("fill-noup", new Case("rgb", new ResizeToFill(500, 100, null, false)));
        c.put("fill-alpha", new Case("rgba", new ResizeToFill(150, 150)));
        c.put("cover", new Case("rgb", new ResizeToCover(150, 150)));
        c.put("fit-w", new Case("rgb", new ResizeToFit(123, null)));
        c.put("fit-h", new Case("rgb", new ResizeToFit(null, 77)));
        c.put("fit-mat", new Case("rgb", new ResizeToFit(150, 150, true, Color.RED,
                Anchor.BOTTOM)));
        c.put("fit-noup", new Case("rgb", new ResizeToFit(1000, 1000, false)));
        c.put("resize", new Case("rgb", new Resize(77, 55)));
        c.put("resize-alpha", new Case("rgba", new Resize(100, 100)));
        c.put("smartresize", new Case("rgb", new SmartResize(120, 120)));
        otherCases(c);
        return c;
    }

    private static void otherCases(Map<String, Case> c) {
        c.put("smartcrop", new Case("rgb", new SmartCrop(150, 150)));
        c.put("smartcrop-alpha", new Case("rgba", new SmartCrop(200, 100)));
        c.put("crop-br", new Case("rgb", new Crop(100, 80, Anchor.BOTTOM_RIGHT)));
        c.put("crop-xy", new Case("rgb", new Crop(100, 80, -30, -20)));
        c.put("canvas", new Case("rgb", new ResizeCanvas(400, 300, Color.BLUE,
                Anchor.of(0.25, 0.75))));
        c.put("canvas-transparent", new Case("rgb", new ResizeCanvas(360, 200)));
        c.put("border", new Case("rgb", new AddBorder(3, 5, 7, 9, Color.GREEN)));
        c.put("adjust-color", new Case("rgb", new Adjust().withColor(0.3)));
        c.put("adjust-brightness", new Case("rgb", new Adjust().withBrightness(1.4)));
        c.put("adjust-contrast", new Case("rgb", new Adjust().withContrast(0.6)));
        c.put("adjust-sharpness", new Case("rgb", new Adjust().withSharpness(2.0)));
        c.put("adjust-all", new Case("rgba", new Adjust(0.5, 1.2, 1.3, 0.4)));
        c.put("transpose", new Case("rgb", Transpose.of(Transpose.Method.ROTATE_90,
                Transpose.Method.FLIP_HORIZONTAL)));
        c.put("makeopaque", new Case("rgba", new MakeOpaque(new Color(10, 20, 30)),
                "RGB only: we make alpha 255, Pillow blends it"));
        c.put("trim", new Case("bordered", new TrimBorderColor()));
        c.put("trim-sides", new Case("bordered", new TrimBorderColor(null, 0.3,
                EnumSet.of(TrimBorderColor.Side.TOP, TrimBorderColor.Side.LEFT))));
        c.put("trim-exact", new Case("bordered", new TrimBorderColor(new Color(40, 200, 90),
                0, EnumSet.allOf(TrimBorderColor.Side.class))));
        c.put("trim-pilkit-as-is", new Case("bordered", new TrimBorderColor(),
                "pilkit on Pillow 9.4 never trims opaque images"));
        c.put("overlay", new Case("rgb", new ColorOverlay(Color.RED, 0.3)));
        c.put("reflection", new Case("rgb", new Reflection(new Color(0x10, 0x20, 0x30), 0.5,
                0.6)));
        c.put("thumbnail", new Case("rgb", Thumbnail.of(100, 100, null, null, null)));
        c.put("thumbnail-w", new Case("rgb", Thumbnail.of(100, null, null, null, null)));
        c.put("thumbnail-t", new Case("rgb", Thumbnail.of(100, 100, "t", null, null)));
        c.put("thumbnail-big", new Case("rgb", Thumbnail.of(1000, 1000, null, null, null)));
    }

    /**
     * Runs the comparison.
     *
     * @param args the directory written by {@code pilkit_processors.py}
     * @throws IOException when a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        File dir = new File(args[0]);
        System.out.printf(Locale.ROOT, "%-20s %-9s %-9s %7s %4s %7s%n", "case", "pilkit",
                "ours", "exact%", "max", "PSNR");
        for (Map.Entry<String, Case> e : cases().entrySet()) {
            BufferedImage in = ImageIO.read(new File(dir, "input-" + e.getValue().input
                    + ".png"));
            BufferedImage expected = ImageIO.read(new File(dir, e.getKey() + ".png"));
            Case c = e.getValue();
            BufferedImage actual = c.processor.process(in);
            System.out.println(compare(e.getKey(), expected, actual, !c.note.isEmpty())
                    + (c.note.isEmpty() ? "" : "  (" + c.note + ")"));
        }
    }

    private static String compare(String name, BufferedImage a, BufferedImage b,
            boolean colourOnly) {
        String sa = a.getWidth() + "x" + a.getHeight();
        String sb = b.getWidth() + "x" + b.getHeight();
        if (!sa.equals(sb)) {
            return String.format(Locale.ROOT, "%-20s %-9s %-9s SIZE DIFFERS", name, sa, sb);
        }
        long exact = 0;
        int max = 0;
        double sq = 0;
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                boolean bothClear = (p >>> 24) == 0 && (q >>> 24) == 0;
                int worst = 0;
                for (int shift = 0; shift <= (colourOnly ? 16 : 24); shift += 8) {
                    if (bothClear && shift < 24) {
                        continue;
                    }
                    int d = Math.abs((p >> shift & 0xff) - (q >> shift & 0xff));
                    worst = Math.max(worst, d);
                    sq += d * d;
                    n++;
                }
                max = Math.max(max, worst);
                exact += worst == 0 ? 1 : 0;
            }
        }
        double mse = sq / n;
        double psnr = mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
        return String.format(Locale.ROOT, "%-20s %-9s %-9s %7.2f %4d %7.2f", name, sa, sb,
                100.0 * exact / ((long) a.getWidth() * a.getHeight()), max, psnr);
    }
}
