package io.github.jimagekit.codec;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The metadata the render pipeline needs from a file, read without decoding pixels: the EXIF
 * orientation and the embedded ICC profile.
 *
 * <p>JPEG: APP1 {@code Exif} and the APP2 {@code ICC_PROFILE} chunks, in sequence order.
 * PNG: the {@code eXIf} and {@code iCCP} chunks before the image data. TIFF: the first IFD.
 * Other formats have neither. Damaged metadata is ignored (orientation 1, no profile), as
 * browsers ignore it: it must not make a viewable image fail.
 *
 * @param orientation the EXIF orientation, 1 to 8
 * @param iccProfile  the ICC profile, or {@code null}
 */
record EmbeddedMetadata(int orientation, byte[] iccProfile) {

    /** Nothing embedded. */
    static final EmbeddedMetadata NONE = new EmbeddedMetadata(1, null);

    /** Larger profiles are not real ones (the largest real ones are a few hundred KiB). */
    private static final int MAX_ICC_BYTES = 4 << 20;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a,
        '\n'};

    /**
     * Reads the metadata of an encoded image.
     *
     * @param format its actual format
     * @param bytes  the file content
     * @return what was found; {@link #NONE} when the format has none or it is damaged
     */
    static EmbeddedMetadata read(ImageFormat format, byte[] bytes) {
        try {
            if (format.equals(ImageFormat.JPEG)) {
                return jpeg(bytes);
            }
            if (format.equals(ImageFormat.PNG)) {
                return png(bytes);
            }
            if (format.equals(ImageFormat.TIFF)) {
                return tiff(new TIFFReader().read(new ByteArrayImageInputStream(bytes)));
            }
        } catch (IOException | RuntimeException e) {
            // damaged metadata: decode the pixels as they are
            return NONE;
        }
        return NONE;
    }

    private static EmbeddedMetadata jpeg(byte[] bytes) throws IOException {
        List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(
                new ByteArrayImageInputStream(bytes),
                Map.of(JPEG.APP1, List.of("Exif"), JPEG.APP2, List.of("ICC_PROFILE")));
        int orientation = 1;
        List<byte[]> iccChunks = new ArrayList<>();
        for (JPEGSegment s : segments) {
            if (s.marker() == JPEG.APP1 && orientation == 1) {
                InputStream data = s.data();
                // data() strips "Exif\0" but leaves the second NUL of the identifier
                data.skipNBytes(1);
                orientation = orientation(new TIFFReader().read(
                        new ByteArrayImageInputStream(data.readAllBytes())));
            } else if (s.marker() == JPEG.APP2) {
                iccChunks.add(s.data().readAllBytes());
            }
        }
        return new EmbeddedMetadata(orientation, joinIccChunks(iccChunks));
    }

    /** Chunks are {@code [sequence number, count, bytes...]}, numbered from 1. */
    private static byte[] joinIccChunks(List<byte[]> chunks) {
        if (chunks.isEmpty()) {
            return null;
        }
        chunks.sort(Comparator.comparingInt(c -> c.length > 0 ? c[0] & 0xff : 0));
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        for (int i = 0; i < chunks.size(); i++) {
            byte[] c = chunks.get(i);
            if (c.length < 2 || (c[0] & 0xff) != i + 1 || (c[1] & 0xff) != chunks.size()) {
                return null;
            }
            profile.write(c, 2, c.length - 2);
        }
        return profile.size() > 0 ? profile.toByteArray() : null;
    }

    private static EmbeddedMetadata png(byte[] b) throws IOException {
        int orientation = 1;
        byte[] icc = null;
        int pos = PNG_SIGNATURE.length;
        while (pos + 8 <= b.length) {
            long length = readInt(b, pos) & 0xffffffffL;
            String type = new String(b, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int data = pos + 8;
            if (type.equals("IDAT") || type.equals("IEND") || data + length > b.length) {
                break;
            }
            if (type.equals("eXIf")) {
                orientation = orientation(new TIFFReader().read(
                        new ByteArrayImageInputStream(b, data, (int) length)));
            } else if (type.equals("iCCP")) {
                icc = iccp(b, data, (int) length);
            }
            pos = data + (int) length + 4;
        }
        return new EmbeddedMetadata(orientation, icc);
    }

    /** {@code iCCP}: a profile name, NUL, compression method 0, then the zlib stream. */
    private static byte[] iccp(byte[] b, int start, int length) {
        int end = start + length;
        int nul = start;
        while (nul < end && b[nul] != 0) {
            nul++;
        }
        if (nul + 2 > end || b[nul + 1] != 0) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(b, nul + 2, end - nul - 2);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                out.write(buffer, 0, n);
                if (out.size() > MAX_ICC_BYTES) {
                    return null;
                }
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static EmbeddedMetadata tiff(Directory ifd) {
        Entry icc = ifd.getEntryById(TIFF.TAG_ICC_PROFILE);
        byte[] profile = icc != null && icc.getValue() instanceof byte[] bytes ? bytes : null;
        return new EmbeddedMetadata(orientation(ifd), profile);
    }

    private static int orientation(Directory ifd) {
        Entry e = ifd.getEntryById(TIFF.TAG_ORIENTATION);
        if (e != null && e.getValue() instanceof Number n) {
            int value = n.intValue();
            return value >= 1 && value <= 8 ? value : 1;
        }
        return 1;
    }

    private static int readInt(byte[] b, int pos) {
        return (b[pos] & 0xff) << 24 | (b[pos + 1] & 0xff) << 16 | (b[pos + 2] & 0xff) << 8
                | (b[pos + 3] & 0xff);
    }
}
