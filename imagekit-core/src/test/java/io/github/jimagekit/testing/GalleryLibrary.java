package io.github.jimagekit.testing;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;
import java.util.Map;
import java.util.TreeMap;

/**
 * The test gallery's generators: a card spec and a template-only thumbnail over
 * {@code photos/*.png}, and a spec on no group. Public, for ServiceLoader in a test webapp.
 */
public final class GalleryLibrary implements GeneratorLibrary {

    /** The thumbnail a page asks for with geometry 8x8, anchor c (in a stable order). */
    private static final Map<String, Object> THUMB = new TreeMap<>(Map.of("width", 8, "height", 8,
            "anchor", "c"));

    @Override
    public void register(Registry registry) {
        SourceGroup photos = SourceGroup.glob("photos/*.png");
        registry.generator("gallery:card", SpecDefinition.builder()
                        .processors(new ResizeToFill(20, 10)).build())
                .generator("gallery:unused", SpecDefinition.builder().build())
                .sourceGroup("gallery:card", photos)
                .sourceGroup(ImageKit.THUMBNAIL, photos, THUMB);
    }
}
