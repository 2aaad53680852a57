package io.github.jimagekit.codec;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ProfileDataException;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DirectColorModel;
import java.util.Optional;

/**
 * Converts pixels from an embedded ICC profile to sRGB, as browsers and Pillow's
 * {@code ImageCms} do, so that a photo from a wide-gamut camera or an Adobe RGB export does not
 * come out dull.
 *
 * <p>Only RGB profiles are applied (CMYK is converted by the decoder, grey profiles are rare
 * and close to sRGB's curve). Profiles that map to sRGB within one level, such as the many
 * embedded copies of "sRGB IEC61966-2.1", are recognised and skipped. A profile that cannot
 * be parsed is ignored, as browsers ignore it.
 */
final class ColorManagement {

    /** Levels per channel of the test grid that decides whether a profile is sRGB. */
    private static final int GRID = 9;

    private ColorManagement() {
    }

    /**
     * Converts an image's samples from a profile to sRGB.
     *
     * @param image      a {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB} image whose samples
     *     are in the profile's colour space
     * @param iccProfile the embedded profile
     * @return a converted copy, or {@code image} when the profile is sRGB, not RGB or unusable
     */
    static BufferedImage toSrgb(BufferedImage image, byte[] iccProfile) {
        Optional<ICC_ColorSpace> space = rgbSpace(iccProfile);
        try {
            if (space.isEmpty() || isSrgb(space.get())) {
                return image;
            }
            return convert(image, space.get());
        } catch (CMMException | ProfileDataException | IllegalArgumentException e) {
            // a profile that parses but that the CMM cannot use: ignore it, as browsers do
            return image;
        }
    }

    /**
     * Parses a profile if it describes RGB.
     *
     * @param iccProfile the profile's bytes
     * @return its colour space, or empty when it is not a valid RGB profile
     */
    static Optional<ICC_ColorSpace> rgbSpace(byte[] iccProfile) {
        try {
            ICC_Profile profile = ICC_Profile.getInstance(iccProfile);
            if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB
                    || profile.getNumComponents() != 3) {
                return Optional.empty();
            }
            return Optional.of(new ICC_ColorSpace(profile));
        } catch (IllegalArgumentException | CMMException | ProfileDataException e) {
            return Optional.empty();
        }
    }

    /**
     * Tells whether a colour space maps a grid of colours to sRGB within one level.
     *
     * @param space an RGB colour space
     * @return whether converting would change nothing visible
     */
    static boolean isSrgb(ICC_ColorSpace space) {
        if (space.isCS_sRGB()) {
            return true;
        }
        BufferedImage grid = IntPixels.create(GRID * GRID, GRID, false);
        int[] px = IntPixels.data(grid);
        for (int i = 0; i < px.length; i++) {
            int r = level(i % GRID);
            int g = level((i / GRID) % GRID);
            int b = level(i / (GRID * GRID));
            px[i] = r << 16 | g << 8 | b;
        }
        int[] out = IntPixels.data(convert(grid, space));
        for (int i = 0; i < px.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                if (Math.abs(((px[i] >> shift) & 0xff) - ((out[i] >> shift) & 0xff)) > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int level(int i) {
        return Math.min(255, i * 256 / (GRID - 1));
    }

    private static BufferedImage convert(BufferedImage image, ICC_ColorSpace space) {
        boolean alpha = image.getColorModel().hasAlpha();
        // the same samples, labelled with the profile's space, so that the CMM converts them
        DirectColorModel labelled = alpha
                ? new DirectColorModel(space, 32, 0xff0000, 0xff00, 0xff, 0xff000000, false,
                        DataBuffer.TYPE_INT)
                : new DirectColorModel(space, 24, 0xff0000, 0xff00, 0xff, 0, false,
                        DataBuffer.TYPE_INT);
        BufferedImage source = new BufferedImage(labelled, image.getRaster(), false, null);
        BufferedImage out = IntPixels.create(image.getWidth(), image.getHeight(), alpha);
        new ColorConvertOp(null).filter(source, out);
        return out;
    }
}
