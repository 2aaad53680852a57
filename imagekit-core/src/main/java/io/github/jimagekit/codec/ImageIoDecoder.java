package io.github.jimagekit.codec;

import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import io.github.jimagekit.processor.Size;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes with ImageIO and the TwelveMonkeys JPEG plug-in: JPEG (including CMYK and YCCK,
 * which TwelveMonkeys converts to sRGB), PNG, GIF, BMP, TIFF, and WebP when a plug-in for it
 * is installed. The format is found from the content, never the file name.
 *
 * <p>Reads are in memory (no ImageIO disk cache) and readers are always disposed. The pixels
 * come back as {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} with their samples as stored
 * (colour management is {@link Imaging}'s job), except CMYK, which comes back in sRGB.
 *
 * <p><b>Subsampled decode.</b> When the processors need a much smaller image than the stored
 * one, the reader keeps only every {@code n}-th pixel of every {@code n}-th row: the decoded
 * image, and the heap it needs, shrinks by {@code n²}. {@code n} is the largest step that still
 * leaves the image at least {@value #SUBSAMPLING_MARGIN} times the size the processors asked
 * for; samples are taken at the centre of each {@code n x n} block. Point sampling aliases, and
 * the margin gives the processors' final resample room to filter it out: over 22 photos
 * rendered to 200x200, a margin of 3 stays within 37 dB PSNR of a full decode on the worst
 * photo (48 dB on average), where 2 falls to 31 dB on fine textures, for 10–17% more time
 * (see {@code docs/codecs.md}).
 */
public final class ImageIoDecoder implements ImageDecoder {

    /** How many times larger than required, in each dimension, a subsampled decode stays. */
    public static final int SUBSAMPLING_MARGIN = 3;

    private final boolean subsampledDecode;

    /** Creates a decoder that decodes subsampled when it can. */
    public ImageIoDecoder() {
        this(true);
    }

    /**
     * Creates a decoder.
     *
     * @param subsampledDecode whether to decode subsampled when the processors need a much
     *     smaller image ({@code imagekit.image.subsampled-decode})
     */
    public ImageIoDecoder(boolean subsampledDecode) {
        this.subsampledDecode = subsampledDecode;
    }

    @Override
    public Optional<ImageHeader> readHeader(ImageData data) throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(data.bytes())) {
            Optional<Reader> found = Reader.find(in);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get().reader();
            try {
                Size size = size(reader);
                EmbeddedMetadata meta = EmbeddedMetadata.read(found.get().format(), data.bytes());
                return Optional.of(new ImageHeader(found.get().format(), size.width(),
                        size.height(), meta.orientation(), meta.iccProfile()));
            } finally {
                reader.dispose();
            }
        }
    }

    @Override
    public Optional<DecodedImage> decode(ImageData data, ImageHeader header, Size atLeast)
            throws IOException {
        try (ImageInputStream in = new ByteArrayImageInputStream(data.bytes())) {
            Optional<Reader> found = Reader.find(in);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get().reader();
            try {
                Size stored = size(reader);
                if (!stored.equals(header.size())) {
                    throw new IIOException("the header says " + header.size()
                            + " but the image is " + stored);
                }
                return Optional.of(read(reader, found.get().format(), header, atLeast));
            } finally {
                reader.dispose();
            }
        }
    }

    private DecodedImage read(ImageReader reader, ImageFormat format, ImageHeader header,
            Size atLeast) throws IOException {
        Subsampling subsampling = subsampledDecode
                ? Subsampling.choose(header.size(), atLeast, SUBSAMPLING_MARGIN)
                : Subsampling.NONE;
        ImageReadParam param = reader.getDefaultReadParam();
        subsampling.applyTo(param);
        ImageTypeSpecifier type = destinationType(reader, format, header);
        if (type != null) {
            param.setDestinationType(type);
        }
        Truncation truncation = new Truncation();
        reader.addIIOReadWarningListener(truncation);
        boolean cmyk = isCmyk(reader);
        BufferedImage image = reader.read(0, param);
        truncation.check();
        Size expected = subsampling.decodedSize(header.size());
        if (image.getWidth() != expected.width() || image.getHeight() != expected.height()) {
            throw new IIOException("decoded to " + image.getWidth() + "x" + image.getHeight()
                    + ", not the expected " + expected);
        }
        return new DecodedImage(IntPixels.of(image), cmyk);
    }

    /**
     * Picks the layout to decode to: the embedded ICC profile's own space when the reader
     * offers it (so that it does not convert, and colour management stays in one place), else
     * {@code TYPE_INT_RGB}/{@code TYPE_INT_ARGB} when offered, else the reader's default.
     * JPEG readers are left at their default ({@code TYPE_3BYTE_BGR}): TwelveMonkeys lists
     * {@code TYPE_INT_RGB} but its delegate refuses it.
     */
    private static ImageTypeSpecifier destinationType(ImageReader reader, ImageFormat format,
            ImageHeader header) throws IOException {
        List<ImageTypeSpecifier> types = new ArrayList<>();
        reader.getImageTypes(0).forEachRemaining(types::add);
        if (header.iccProfile() != null) {
            for (ImageTypeSpecifier t : types) {
                ColorSpace cs = t.getColorModel().getColorSpace();
                if (cs instanceof ICC_ColorSpace && !cs.isCS_sRGB()
                        && cs.getType() == ColorSpace.TYPE_RGB) {
                    return t;
                }
            }
        }
        if (format.equals(ImageFormat.JPEG)) {
            return null;
        }
        for (int wanted : new int[] {BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB}) {
            for (ImageTypeSpecifier t : types) {
                if (t.getBufferedImageType() == wanted) {
                    return t;
                }
            }
        }
        return null;
    }

    /** CMYK and YCCK JPEGs: TwelveMonkeys converts them to sRGB itself. */
    private static boolean isCmyk(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw == null) {
            return false;
        }
        ColorModel cm = raw.getColorModel();
        return cm.getColorSpace().getType() == ColorSpace.TYPE_CMYK
                || cm.getNumColorComponents() == 4;
    }

    private static Size size(ImageReader reader) throws IOException {
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w < 1 || h < 1) {
            throw new IIOException("the header declares a size of " + w + "x" + h);
        }
        return new Size(w, h);
    }

    /** A reader set on a stream, for a format this decoder accepts. */
    private record Reader(ImageReader reader, ImageFormat format) {

        /**
         * Finds the first ImageIO reader that recognises the content and reads a built-in
         * format. Other formats (WBMP, whose detection accepts almost any bytes starting with
         * two zeros, and the like) are declined.
         */
        static Optional<Reader> find(ImageInputStream in) throws IOException {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                Optional<ImageFormat> format = formatOf(reader);
                if (format.isPresent()) {
                    in.seek(0);
                    reader.setInput(in, true, true);
                    return Optional.of(new Reader(reader, format.get()));
                }
                reader.dispose();
            }
            return Optional.empty();
        }

        private static Optional<ImageFormat> formatOf(ImageReader reader) {
            if (reader.getOriginatingProvider() == null) {
                return Optional.empty();
            }
            for (String name : reader.getOriginatingProvider().getFormatNames()) {
                String n = name.toUpperCase(Locale.ROOT);
                Optional<ImageFormat> f = ImageFormat.forName(n.equals("TIF") ? "TIFF" : n);
                if (f.isPresent()) {
                    return f;
                }
            }
            return Optional.empty();
        }
    }

    /**
     * Turns the readers' truncation warnings into failures: libjpeg fills what is missing
     * with grey and only warns. Other warnings (extraneous bytes, a missing EOI after
     * complete data) are tolerated, as Pillow tolerates them.
     */
    private static final class Truncation implements IIOReadWarningListener {

        private String warning;

        @Override
        public void warningOccurred(ImageReader source, String message) {
            if (warning == null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("premature end")) {
                warning = message;
            }
        }

        void check() throws IIOException {
            if (warning != null) {
                throw new IIOException("the data is truncated (" + warning + ")");
            }
        }
    }
}
