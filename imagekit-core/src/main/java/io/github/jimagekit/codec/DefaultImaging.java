package io.github.jimagekit.codec;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.internal.Errors;
import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.ImageProperties;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.processor.Transpose;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The render pipeline: header, pixel limit, decode size, decode, sRGB, EXIF orientation,
 * processors, autoconvert, encode. See {@link Imaging}.
 */
final class DefaultImaging implements Imaging {

    /** The setting a user raises the limit with, named in the refusal (the kit maps it here). */
    private static final String MAX_PIXELS_SETTING = "imagekit.image.max-pixels";

    private final List<ImageDecoder> decoders;
    private final List<ImageEncoder> encoders;
    private final long maxPixels;
    private final boolean autoOrient;
    private final boolean colorManagement;

    DefaultImaging(List<ImageDecoder> decoders, List<ImageEncoder> encoders, long maxPixels,
            boolean autoOrient, boolean colorManagement) {
        this.decoders = List.copyOf(decoders);
        this.encoders = List.copyOf(encoders);
        this.maxPixels = maxPixels;
        this.autoOrient = autoOrient;
        this.colorManagement = colorManagement;
    }

    @Override
    public ImageHeader readHeader(ImageData data) {
        Objects.requireNonNull(data, "data");
        if (data.bytes().length == 0) {
            throw new BadImageException(subject(data) + " is empty (0 bytes)");
        }
        for (ImageDecoder decoder : decoders) {
            Optional<ImageHeader> header;
            try {
                header = decoder.readHeader(data);
            } catch (IOException | RuntimeException e) {
                throw unreadable(data, "cannot be read", e);
            }
            if (header.isPresent()) {
                return header.get();
            }
        }
        throw new BadImageException(subject(data) + " is not an image in a supported format");
    }

    @Override
    public EncodedImage render(ImageData data, Processor processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert) {
        Objects.requireNonNull(processors, "processors");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        ImageHeader header = readHeader(data);
        checkPixelLimit(data, header);
        Size decodeSize = decodeSize(data, header, processors);
        long decodeStart = System.nanoTime();
        BufferedImage image = decode(data, header, decodeSize);
        long decodeNanos = System.nanoTime() - decodeStart;
        if (image.getWidth() != header.width() || image.getHeight() != header.height()) {
            // shrunk on load: resizing processors compute their geometry from the full size
            image = ImageProperties.with(image, ImageProperties.FULL_SIZE, header.size());
        }
        image = autoOrient ? Transpose.orient(image, header.orientation())
                : ImageProperties.with(image, ImageProperties.ORIENTATION, header.orientation());
        image = process(data, processors, image);
        if (autoconvert) {
            image = Autoconvert.prepare(image, format);
        }
        long encodeStart = System.nanoTime();
        byte[] bytes = encode(data, image, format, options);
        return new EncodedImage(bytes, format, image.getWidth(), image.getHeight(),
                new RenderTimes(decodeNanos, System.nanoTime() - encodeStart));
    }

    @Override
    public Optional<Size> predictSize(ImageHeader header, Processor processors) {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(processors, "processors");
        return processors.outputSize(processorInput(header));
    }

    @Override
    public String cacheKey() {
        return CacheKey.of("Imaging").add("autoOrient", autoOrient)
                .add("colorManagement", colorManagement).toString();
    }

    @Override
    public String toString() {
        return cacheKey();
    }

    /** The size the processors see: oriented when the pipeline orients, else as stored. */
    private Size processorInput(ImageHeader header) {
        return autoOrient ? header.orientedSize() : header.size();
    }

    private void checkPixelLimit(ImageData data, ImageHeader header) {
        if (header.pixels() > maxPixels) {
            throw new ImageTooLargeException(subject(data) + " is " + header.size() + " ("
                    + megapixels(header.pixels()) + "), over the limit of "
                    + megapixels(maxPixels) + " (" + MAX_PIXELS_SETTING + ")");
        }
    }

    /** What the processors need, in stored orientation and never above the stored size. */
    private Size decodeSize(ImageData data, ImageHeader header, Processor processors) {
        Size input = processorInput(header);
        Size need;
        try {
            need = processors.requiredInputSize(input, processors.outputSize(input).orElse(input));
        } catch (RuntimeException e) {
            throw failed(data, e);
        }
        if (autoOrient && header.orientation() >= 5) {
            need = need.transposed();
        }
        return new Size(Math.min(need.width(), header.width()),
                Math.min(need.height(), header.height()));
    }

    private BufferedImage decode(ImageData data, ImageHeader header, Size atLeast) {
        for (ImageDecoder decoder : decoders) {
            Optional<DecodedImage> decoded;
            try {
                decoded = decoder.decode(data, header, atLeast);
            } catch (IOException | RuntimeException e) {
                throw unreadable(data, "cannot be decoded", e);
            }
            if (decoded.isPresent()) {
                return toSrgb(data, header, decoded.get());
            }
        }
        throw new BadImageException(subject(data) + " cannot be decoded: no decoder accepts "
                + header.format() + " " + header.size());
    }

    private BufferedImage toSrgb(ImageData data, ImageHeader header, DecodedImage decoded) {
        BufferedImage image = decoded.image();
        if (image.getWidth() > header.width() || image.getHeight() > header.height()) {
            throw new BadImageException(subject(data) + " cannot be decoded: it decoded to "
                    + image.getWidth() + "x" + image.getHeight() + ", larger than its header's "
                    + header.size());
        }
        image = IntPixels.of(image);
        if (colorManagement && header.iccProfile() != null && !decoded.colorConverted()) {
            image = ColorManagement.toSrgb(image, header.iccProfile());
        }
        return image;
    }

    private BufferedImage process(ImageData data, Processor processors, BufferedImage image) {
        try {
            return Objects.requireNonNull(processors.process(image), "processed image");
        } catch (ImageKitException e) {
            throw Errors.prefixed(subject(data) + ": ", e);
        } catch (RuntimeException e) {
            throw failed(data, e);
        }
    }

    private byte[] encode(ImageData data, BufferedImage image, ImageFormat format,
            EncodeOptions options) {
        for (ImageEncoder encoder : encoders) {
            if (encoder.supports(format)) {
                try {
                    return encoder.encode(image, format, options);
                } catch (IOException | RuntimeException e) {
                    throw new GenerationFailedException(subject(data) + " cannot be encoded as "
                            + format + ": " + detail(e), e);
                }
            }
        }
        throw new GenerationFailedException(subject(data) + " cannot be encoded as " + format
                + ": no encoder writes that format");
    }

    private static ImageKitException unreadable(ImageData data, String what, Exception e) {
        String prefix = subject(data) + " " + what + ": ";
        if (e instanceof ImageKitException ike) {
            return Errors.prefixed(prefix, ike);
        }
        String reason = e instanceof IOException ? detail(e)
                : "corrupt data (" + e.getClass().getSimpleName() + ")";
        return new BadImageException(prefix + reason, e);
    }

    private static GenerationFailedException failed(ImageData data, RuntimeException e) {
        String m = detail(e);
        String what = e.getClass().getSimpleName();
        return new GenerationFailedException(subject(data) + ": processing failed: "
                + (m.equals(what) ? what : what + ": " + m), e);
    }

    private static String subject(ImageData data) {
        return "source \"" + data.name() + "\"";
    }

    /**
     * A failure's message, safe to show: never a filesystem path (a plug-in might name its
     * cache file), never more than a line.
     */
    static String detail(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.contains("/") || m.contains("\\")) {
            return e.getClass().getSimpleName();
        }
        m = m.strip().replaceAll("\\s+", " ");
        return m.length() > 200 ? m.substring(0, 200) + "..." : m;
    }

    /** {@code 400 MP}, {@code 12.2 MP}, or a pixel count below one megapixel. */
    static String megapixels(long pixels) {
        if (pixels < 1_000_000) {
            return pixels + " pixels";
        }
        return BigDecimal.valueOf(pixels).movePointLeft(6).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " MP";
    }
}
