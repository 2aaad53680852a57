package io.github.jimagekit.testing;

import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import java.awt.image.BufferedImage;

/**
 * Fails every image with an {@link IllegalStateException} naming a server path, as a bug or a
 * plug-in might: for tests that check such a path never reaches a page.
 *
 * @param where the path the message names
 */
public record Explode(String where) implements Processor {

    @Override
    public BufferedImage process(BufferedImage image) {
        throw new IllegalStateException("boom in " + where);
    }

    @Override
    public String cacheKey() {
        return CacheKey.of("Explode").toString();
    }
}
