package io.github.jimagekit.testing;

import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Scales to a fixed size with bilinear interpolation: a processor whose output size is known
 * before generating, for kit-level tests that need a spec and not its pixels.
 *
 * @param width  the output width
 * @param height the output height
 */
public record ScaleTo(int width, int height) implements Processor {

    @Override
    public BufferedImage process(BufferedImage image) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    @Override
    public String cacheKey() {
        return CacheKey.of("ScaleTo").add("width", width).add("height", height).toString();
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(new Size(width, height));
    }
}
