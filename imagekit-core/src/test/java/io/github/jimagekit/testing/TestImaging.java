package io.github.jimagekit.testing;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A plain ImageIO imaging engine that counts header reads and renders: enough for tests of the
 * caching layer, which must prove that a warm page decodes nothing.
 */
public final class TestImaging implements Imaging {

    private final AtomicInteger headerReads = new AtomicInteger();
    private final AtomicInteger renders = new AtomicInteger();

    /**
     * Returns how many headers were read.
     *
     * @return the count
     */
    public int headerReads() {
        return headerReads.get();
    }

    /**
     * Returns how many images were rendered.
     *
     * @return the count
     */
    public int renders() {
        return renders.get();
    }

    @Override
    public ImageHeader readHeader(ImageData data) {
        headerReads.incrementAndGet();
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new ByteArrayInputStream(data.bytes()))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw new BadImageException("\"" + data.name() + "\" is not an image");
            }
            ImageReader r = readers.next();
            try {
                r.setInput(in);
                ImageFormat format = ImageFormat.forName(r.getFormatName()).orElseThrow();
                return new ImageHeader(format, r.getWidth(0), r.getHeight(0), 1, null);
            } finally {
                r.dispose();
            }
        } catch (IOException e) {
            throw new BadImageException("\"" + data.name() + "\" cannot be read", e);
        }
    }

    @Override
    public EncodedImage render(ImageData data, Processor processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert) {
        renders.incrementAndGet();
        readHeader(data);
        BufferedImage out = processors.process(TestImages.decode(data.bytes()));
        byte[] bytes = TestImages.encode(out, format.name().toLowerCase(Locale.ROOT));
        return new EncodedImage(bytes, format, out.getWidth(), out.getHeight());
    }

    @Override
    public Optional<Size> predictSize(ImageHeader header, Processor processors) {
        return processors.outputSize(header.orientedSize());
    }

    @Override
    public String cacheKey() {
        return "Imaging(autoOrient=true,colorManagement=true)";
    }
}
