package io.github.jimagekit.spec;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.codec.EncodeOptions;
import io.github.jimagekit.codec.EncodedImage;
import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.codec.Imaging;
import io.github.jimagekit.internal.Errors;
import io.github.jimagekit.processor.CacheKey;
import io.github.jimagekit.processor.Processor;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.source.Source;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;
import java.util.Optional;

/**
 * A generator that makes an image from a source image: processors, output format, encode
 * options and autoconvert, bound to one {@link Source}. Declare the recipe once as a
 * {@link SpecDefinition}; it makes one {@code ImageSpec} per source.
 *
 * <p>The {@linkplain #cacheKey() cache key} covers the source name and version, the
 * processors with their parameters, the format, the options, autoconvert, the imaging
 * settings that change pixels, and the definition's declared version: change any of them and
 * the cache file gets a new name.
 */
public final class ImageSpec implements ImageGenerator {

    /** The first line of every spec cache key; bump only with a deliberate hash change. */
    static final String KEY_VERSION = "ImageSpec/1";

    /**
     * How much of a source {@link #predictSize()} reads for its header: more than the largest
     * EXIF segment (64 KiB) with room for an ICC profile, so that a camera JPEG's frame header
     * is almost always inside.
     */
    static final int HEADER_BYTES = 128 * 1024;

    private final String id;
    private final Source source;
    private final Processor processors;
    private final ImageFormat format;
    private final EncodeOptions options;
    private final boolean autoconvert;
    private final String version;
    private final Imaging imaging;

    ImageSpec(String id, Source source, Processor processors, ImageFormat format,
            EncodeOptions options, boolean autoconvert, String version, Imaging imaging) {
        this.id = Objects.requireNonNull(id, "id");
        this.source = Objects.requireNonNull(source, "source");
        this.processors = Objects.requireNonNull(processors, "processors");
        this.format = format != null ? format
                : ImageFormat.forFileName(source.name()).orElse(ImageFormat.JPEG);
        this.options = Objects.requireNonNull(options, "options");
        this.autoconvert = autoconvert;
        this.version = version;
        this.imaging = Objects.requireNonNull(imaging, "imaging");
    }

    @Override
    public EncodedImage generate() {
        try {
            return imaging.render(read(), processors, format, options, autoconvert);
        } catch (ImageKitException e) {
            throw withSpec(e);
        }
    }

    /**
     * Predicts the output size from the source's header, read from the source's first
     * {@value #HEADER_BYTES} bytes (one ranged request on a remote storage, see
     * {@link io.github.jimagekit.storage.Storage#readPrefix}). Only a source whose header does
     * not fit in them (metadata larger than that before the frame) is read whole.
     */
    @Override
    public Optional<Size> predictSize() {
        try {
            return imaging.predictSize(header(), processors);
        } catch (ImageKitException e) {
            throw withSpec(e);
        }
    }

    @Override
    public String cacheKey() {
        return CacheKey.of(KEY_VERSION)
                .add("source", source.name())
                .add("sourceVersion", source.version())
                .addRaw("processors", processors.cacheKey())
                .addRaw("format", format.name())
                .addRaw("options", options.cacheKey())
                .add("autoconvert", autoconvert)
                .addRaw("imaging", imaging.cacheKey())
                .add("version", version)
                .toString();
    }

    @Override
    public ImageFormat format() {
        return format;
    }

    @Override
    public Optional<Source> source() {
        return Optional.of(source);
    }

    /**
     * Returns the id this spec was made for.
     *
     * @return the generator id, such as {@code "imagekit:thumbnail"}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the processors.
     *
     * @return the processors as one pipeline
     */
    public Processor processors() {
        return processors;
    }

    /**
     * Returns the encode options.
     *
     * @return the options
     */
    public EncodeOptions options() {
        return options;
    }

    /**
     * Tells whether pixels are converted to what the output format can store.
     *
     * @return the autoconvert flag
     */
    public boolean autoconvert() {
        return autoconvert;
    }

    @Override
    public String toString() {
        return "ImageSpec[" + id + " of " + source + "]";
    }

    private ImageHeader header() {
        ImageData head = read(() -> source.readPrefix(HEADER_BYTES));
        if (head.bytes().length < HEADER_BYTES) {
            // the whole file: its errors are the file's
            return imaging.readHeader(head);
        }
        try {
            return imaging.readHeader(head);
        } catch (BadImageException e) {
            // the header goes on past the first bytes
            return imaging.readHeader(read());
        }
    }

    private ImageData read() {
        return read(source::read);
    }

    private ImageData read(SourceRead how) {
        try {
            return new ImageData(source.name(), how.read());
        } catch (NoSuchFileException e) {
            throw new MissingSourceException("spec \"" + id + "\": source \"" + source.name()
                    + "\" does not exist", e);
        } catch (IOException e) {
            throw new ImageKitException("spec \"" + id + "\": source \"" + source.name()
                    + "\" cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads all or part of the source. */
    @FunctionalInterface
    private interface SourceRead {
        byte[] read() throws IOException;
    }

    /** Adds the spec id to an error from the engine, keeping its type. */
    private ImageKitException withSpec(ImageKitException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("spec \"")) {
            return e;
        }
        return Errors.prefixed("spec \"" + id + "\": ", e);
    }
}
