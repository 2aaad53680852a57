package io.github.jimagekit.codec.jpeg;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Decodes the scans of one frame at a chosen scale and assembles the output image. Sequential
 * scans are transformed block by block as they are decoded; progressive scans fill a
 * coefficient buffer that is transformed at the end, and the AC scans of components that are
 * transformed from DC alone (all but subsampled chroma at 1/8 scale) are skipped unread.
 */
final class FrameDecoder {

    /** More scans than any encoder writes; bounds the work a crafted file can cause. */
    static final int MAX_SCANS = 256;

    private final byte[] data;
    private final JpegStream stream;
    private final Frame frame;
    private final int scale;
    private final boolean fancyUpsampling;

    /**
     * Prepares decoding.
     *
     * @param data            the whole file
     * @param stream          the stream, stopped at the first SOS segment
     * @param scale           output samples per 8 pixels: 1, 2, 4 or 8
     * @param fancyUpsampling whether 2x chroma upsampling uses the triangle filter
     */
    FrameDecoder(byte[] data, JpegStream stream, int scale, boolean fancyUpsampling) {
        this.data = data;
        this.stream = stream;
        this.frame = stream.frame();
        this.scale = scale;
        this.fancyUpsampling = fancyUpsampling;
    }

    /**
     * Returns how many bytes decoding will allocate, besides small tables.
     *
     * @param frame the frame
     * @param scale output samples per 8 pixels
     * @return the planes, the coefficient buffer of a progressive frame, and the output image;
     *     {@link Long#MAX_VALUE} when an array would exceed Java's limit
     */
    static long workingBytes(Frame frame, int scale) {
        long total = 4L * outputWidth(frame, scale) * outputHeight(frame, scale);
        for (FrameComponent c : frame.components) {
            long plane = ComponentPlane.bytes(c, frame, scale);
            if (plane >= Integer.MAX_VALUE / 64) {
                return Long.MAX_VALUE;
            }
            total += plane;
        }
        if (frame.progressive()) {
            total += CoefficientBuffer.bytes(frame.components, transforms(frame, scale));
        }
        return total;
    }

    /**
     * Returns the output width, as libjpeg computes it.
     *
     * @param frame the frame
     * @param scale output samples per 8 pixels
     * @return {@code ceil(width * scale / 8)}
     */
    static int outputWidth(Frame frame, int scale) {
        return (int) (((long) frame.width * scale + 7) / 8);
    }

    /**
     * Returns the output height, as libjpeg computes it.
     *
     * @param frame the frame
     * @param scale output samples per 8 pixels
     * @return {@code ceil(height * scale / 8)}
     */
    static int outputHeight(Frame frame, int scale) {
        return (int) (((long) frame.height * scale + 7) / 8);
    }

    /**
     * Decodes every scan up to EOI (or the end of the data) and returns the image.
     *
     * @return the {@code TYPE_INT_RGB} image, {@code ceil(size * scale / 8)} large
     * @throws JpegDecodeException when the data is corrupt or truncated
     */
    BufferedImage decode() throws JpegDecodeException {
        List<FrameComponent> components = frame.components;
        ComponentPlane[] planes = new ComponentPlane[components.size()];
        for (FrameComponent c : components) {
            planes[c.index] = ComponentPlane.of(c, frame, scale);
        }
        ScaledIdct[] idcts = transforms(frame, scale);
        CoefficientBuffer buffer = frame.progressive()
                ? new CoefficientBuffer(components, idcts) : null;
        int marker = JpegStream.SOS;
        int scans = 0;
        while (marker == JpegStream.SOS) {
            if (++scans > MAX_SCANS) {
                throw JpegDecodeException.corrupt("more than " + MAX_SCANS + " scans");
            }
            ScanHeader scan = stream.startScan();
            if (buffer == null) {
                stream.resumeAt(new SequentialScan(data, stream, planes, idcts)
                        .decode(frame, stream.restartInterval()));
            } else if (!scan.dcBand() && !buffer.needsAc(scan.components[0])) {
                stream.skipScanData();
            } else {
                stream.resumeAt(new ProgressiveScan(data, stream, buffer)
                        .decode(frame, stream.restartInterval()));
            }
            marker = stream.readToScan();
        }
        if (buffer != null) {
            buffer.transform(components, planes, idcts);
        }
        return RgbWriter.write(planes, outputWidth(frame, scale), outputHeight(frame, scale),
                fancyUpsampling);
    }

    private static ScaledIdct[] transforms(Frame frame, int scale) {
        ScaledIdct[] idcts = new ScaledIdct[frame.components.size()];
        for (FrameComponent c : frame.components) {
            idcts[c.index] = new ScaledIdct(ComponentPlane.blockWidth(c, frame, scale),
                    ComponentPlane.blockHeight(c, frame, scale));
        }
        return idcts;
    }
}
