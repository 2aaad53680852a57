package io.github.jimagekit.processor;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes one line of text over every image at an anchor point: a caption or a copyright
 * line. Build one with {@link #builder(String)}:
 *
 * <pre>{@code
 * Caption credit = Caption.builder("© 2025 Jane Doe").font("DejaVu Sans", Font.BOLD, 14)
 *         .color(Color.WHITE).opacity(0.8).anchor(Anchor.BOTTOM_RIGHT).inset(8).build();
 * }</pre>
 *
 * <p>The text is rendered once, when the processor is built, with Java2D's anti-aliasing and
 * fractional metrics, into a layer as tall as the font's ascent plus descent and as wide as
 * the text's advance (or its ink, when that reaches further). The layer is then laid over each
 * image as {@link Watermark} does (see {@link Overlay}). Text wider than the image is cut off.
 *
 * <p>Fonts come from the machine: a logical name ({@code SansSerif}, {@code Serif},
 * {@code Monospaced}, {@code Dialog}, {@code DialogInput}) always resolves, to whatever the
 * JDK maps it to; an installed family or face name ({@code "DejaVu Sans"}) must exist, or
 * {@link Builder#build()} fails. On Linux, AWT needs fontconfig and at least one font. The
 * cache key holds the font name as given, so two machines with different fonts behind the same
 * name write different pixels under the same file name.
 *
 * <p>No pilkit counterpart. Shrink-on-load: no (the text's size is in pixels of the input).
 */
public final class Caption extends KeyedProcessor {

    private static final Set<String> LOGICAL_FONTS = Set.of("dialog", "dialoginput", "serif",
            "sansserif", "monospaced");
    private static final String[] STYLES = {"plain", "bold", "italic", "bold-italic"};
    private static final int MAX_SIZE = 1000;

    private final Overlay overlay;

    private Caption(Builder b, Font font) {
        super(CacheKey.of("Caption").add("text", b.text).add("font", b.fontName)
                .addRaw("style", STYLES[b.style]).add("size", b.size).add("color", b.color)
                .add("opacity", b.opacity).addRaw("anchor", b.anchor.cacheKey())
                .add("inset", b.inset));
        this.overlay = layer(b, font);
    }

    /**
     * Starts a caption.
     *
     * @param text the text: one line, not blank, without control characters
     * @return a builder with the defaults: {@code SansSerif} plain 12, black, opacity 1,
     *     centre, inset 0
     * @throws IllegalArgumentException when the text is blank or has a control character
     */
    public static Builder builder(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("caption text must not be blank, was \"" + text
                    + "\"");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "caption text must be one line without control characters, found"
                                + " U+%04X at index %d", (int) text.charAt(i), i));
            }
        }
        return new Builder(text);
    }

    @Override
    public BufferedImage process(BufferedImage image) {
        return overlay.apply(image);
    }

    @Override
    public Optional<Size> outputSize(Size input) {
        return Optional.of(input);
    }

    /**
     * Returns the size of the rendered text layer.
     *
     * @return its width and height in pixels
     */
    Size layerSize() {
        return overlay.size();
    }

    /** Renders the text's coverage in grey, then colours it: exact colour, coverage as alpha. */
    private static Overlay layer(Builder b, Font font) {
        TextLayout layout = new TextLayout(b.text, font, new FontRenderContext(null, true, true));
        Rectangle2D box = new Rectangle2D.Double(0, -layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent()).createUnion(layout.getBounds());
        int x0 = (int) Math.floor(box.getMinX());
        int y0 = (int) Math.floor(box.getMinY());
        int w = Math.max(1, (int) Math.ceil(box.getMaxX()) - x0);
        int h = Math.max(1, (int) Math.ceil(box.getMaxY()) - y0);
        BufferedImage mask = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = mask.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                    RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
                    RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            layout.draw(g, -x0, -y0);
        } finally {
            g.dispose();
        }
        Raster coverage = mask.getRaster();
        int rgb = b.color.getRGB() & 0xffffff;
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = coverage.getSample(x, y, 0) << 24 | rgb;
            }
        }
        return b.overlay(argb, w, h);
    }

    /** Sets the font, colour and place of a {@link Caption}. */
    public static final class Builder extends Overlay.Placement<Builder> {

        private final String text;
        private String fontName = "SansSerif";
        private int style = Font.PLAIN;
        private int size = 12;
        private Color color = Color.BLACK;

        private Builder(String text) {
            this.text = text;
        }

        /**
         * Sets the font. The name is checked by {@link #build()}.
         *
         * @param name  a logical font name ({@code SansSerif}, …) or an installed family or face
         *     name; {@code SansSerif} by default
         * @param style {@link Font#PLAIN}, {@link Font#BOLD}, {@link Font#ITALIC} or
         *     {@code Font.BOLD | Font.ITALIC}; plain by default
         * @param size  the point size, taken as pixels, from 1 to 1000; 12 by default
         * @return this builder
         * @throws IllegalArgumentException when the name is blank, the style unknown or the size
         *     out of range
         */
        public Builder font(String name, int style, int size) {
            if (Objects.requireNonNull(name, "name").isBlank()) {
                throw new IllegalArgumentException("font name must not be blank");
            }
            if (style < 0 || style >= STYLES.length) {
                throw new IllegalArgumentException("font style must be Font.PLAIN, BOLD, ITALIC"
                        + " or BOLD | ITALIC, was " + style);
            }
            if (size < 1 || size > MAX_SIZE) {
                throw new IllegalArgumentException("font size must be from 1 to " + MAX_SIZE
                        + ", was " + size);
            }
            this.fontName = name.strip();
            this.style = style;
            this.size = size;
            return this;
        }

        /**
         * Sets the text colour. Its alpha is ignored: use {@link #opacity(double)}.
         *
         * @param color the colour; black by default
         * @return this builder
         */
        public Builder color(Color color) {
            Objects.requireNonNull(color, "color");
            this.color = new Color(color.getRed(), color.getGreen(), color.getBlue());
            return this;
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Resolves the font, renders the text and makes the processor.
         *
         * @return the caption
         * @throws IllegalArgumentException when the font is not installed or cannot display a
         *     character of the text
         */
        public Caption build() {
            Font font = new Font(fontName, style, size);
            boolean found = LOGICAL_FONTS.contains(fontName.toLowerCase(Locale.ROOT))
                    || font.getFamily(Locale.ROOT).equalsIgnoreCase(fontName)
                    || font.getFontName(Locale.ROOT).equalsIgnoreCase(fontName);
            if (!found) {
                throw new IllegalArgumentException("font \"" + fontName + "\" is not installed"
                        + " (a logical name such as SansSerif or Serif always resolves)");
            }
            int bad = font.canDisplayUpTo(text);
            if (bad >= 0) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "font \"%s\" cannot display U+%04X of caption \"%s\"", fontName,
                        text.codePointAt(bad), text));
            }
            return new Caption(this, font);
        }
    }
}
