package io.github.jimagekit.bench.jpeg;

import io.github.jimagekit.codec.ImageData;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.codec.ImageHeader;
import io.github.jimagekit.processor.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * One corpus JPEG with what a 200x200 fill (centre crop) needs from it: the smallest decode
 * size that covers the target.
 *
 * @param name   the file name
 * @param data   the file
 * @param header the header the engine would pass to a decoder (orientation ignored: stored)
 * @param target the thumbnail size
 */
record Photo(String name, ImageData data, ImageHeader header, Size target) {

    /** The corpus of the peer benchmark; override with {@code -Djpeg.corpus=DIR}. */
    static final Path CORPUS = Path.of(System.getProperty("jpeg.corpus",
            "/work/shared/peer-bench/images"));

    /**
     * Loads every JPEG of a directory, sorted by name.
     *
     * @param dir    the directory
     * @param target the thumbnail size
     * @return the photos
     */
    static List<Photo> load(Path dir, Size target) {
        List<Photo> photos = new ArrayList<>();
        for (Path p : files(dir)) {
            photos.add(loadFile(p, target));
        }
        return photos;
    }

    /**
     * Loads one JPEG.
     *
     * @param file   the file
     * @param target the thumbnail size
     * @return the photo
     */
    static Photo loadFile(Path file, Size target) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Size size = size(bytes);
            String name = file.getFileName().toString();
            return new Photo(name, new ImageData(name, bytes), new ImageHeader(ImageFormat.JPEG,
                    size.width(), size.height(), 1, null), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lists the JPEGs of a directory.
     *
     * @param dir the directory
     * @return the {@code .jpg} files, sorted by name
     */
    static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(f -> f.toString().toLowerCase().endsWith(".jpg"))
                    .sorted().toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no .jpg files in " + dir);
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the smallest decode that still covers the fill target (what the engine asks
     * decoders for).
     *
     * @return the size in stored orientation
     */
    Size atLeast() {
        double scale = Math.max((double) target.width() / header.width(),
                (double) target.height() / header.height());
        return new Size((int) Math.ceil(header.width() * scale),
                (int) Math.ceil(header.height() * scale));
    }

    private static Size size(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(
                new java.io.ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                reader.setInput(in);
                return new Size(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }
}
