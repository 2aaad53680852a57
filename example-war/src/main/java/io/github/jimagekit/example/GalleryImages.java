package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.processor.Adjust;
import io.github.jimagekit.processor.Geometry;
import io.github.jimagekit.processor.MakeOpaque;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.processor.ResizeToFit;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SpecDefinition;
import io.github.jimagekit.spi.GeneratorLibrary;
import java.awt.Color;
import java.util.Map;

/**
 * The gallery's images, registered on the photos folder so that {@code generateimages} (and
 * start-up pregeneration) make every image the pages show:
 *
 * <ul>
 *   <li>{@value #CARD}: the 480x360 grid picture, {@code <ik:generateimage>} and
 *       {@code ik:spec};</li>
 *   <li>{@value #DETAIL}: the photo page's picture, at most 1200x900;</li>
 *   <li>two template-only usages of {@code imagekit:thumbnail}: the {@value #STRIP}
 *       squares of the contact strip and the {@value #BANNER} banner of the featured photo
 *       (smart crops: the pages give no anchor).</li>
 * </ul>
 *
 * <p>Listed in {@code META-INF/services/io.github.jimagekit.spi.GeneratorLibrary}.
 */
public final class GalleryImages implements GeneratorLibrary {

    /** Which files of the photos folder are photos. */
    public static final String PATTERN =
            "**/*.{jpg,jpeg,png,gif,bmp,tif,tiff,webp,svg,heic,avif,JPG,JPEG,PNG}";

    /** The photos: the files of the photos folder (jimagekit's source storage) matching. */
    public static final SourceGroup PHOTOS = SourceGroup.glob(PATTERN);

    /** The grid picture's spec. */
    public static final String CARD = "gallery:card";

    /** The photo page's spec. */
    public static final String DETAIL = "gallery:detail";

    /** The geometry of the contact strip's thumbnails. */
    public static final String STRIP = "96x96";

    /** The geometry of the featured photo's banner. */
    public static final String BANNER = "1200x400";

    /** The colour transparent photos are laid on in the grid: the page's paper. */
    static final Color PAPER = new Color(0xf3efe6);

    /** Creates the library; {@code ServiceLoader} does this. */
    public GalleryImages() {
        // found with ServiceLoader
    }

    @Override
    public void register(Registry registry) {
        registry.generator(CARD, SpecDefinition.builder()
                        .processors(new ResizeToFill(480, 360),
                                new Adjust(1.15, 1.0, 1.06, 1.0),
                                new MakeOpaque(PAPER))
                        .format(ImageFormat.JPEG).quality(80)
                        .build())
                .sourceGroup(CARD, PHOTOS)
                // no format: a PNG stays a PNG, transparent
                .generator(DETAIL, SpecDefinition.builder()
                        .processors(new ResizeToFit(1200, 900))
                        .quality(85)
                        .build())
                .sourceGroup(DETAIL, PHOTOS)
                .sourceGroup(ImageKit.THUMBNAIL, PHOTOS, size(STRIP))
                .sourceGroup(ImageKit.THUMBNAIL, PHOTOS, size(BANNER));
    }

    /** The arguments a page's {@code geometry="WxH"} passes. */
    private static Map<String, Integer> size(String geometry) {
        Geometry g = Geometry.parse(geometry);
        return Map.of("width", g.width(), "height", g.height());
    }
}
