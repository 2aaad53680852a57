package io.github.jimagekit.bench.batch;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spi.GeneratorLibrary;
import java.util.Map;

/**
 * What the peer's {@code generateimages} benchmark generates: a 200x200 fill of every photo,
 * here the template-only {@code <ik:thumbnail geometry="200x200" anchor="c">} over every JPEG
 * and PNG of the source storage.
 */
public final class PeerCorpusLibrary implements GeneratorLibrary {

    @Override
    public void register(Registry registry) {
        registry.sourceGroup(ImageKit.THUMBNAIL, SourceGroup.glob("**/*.{jpg,png}"),
                Map.of("width", 200, "height", 200, "anchor", "c"));
    }
}
