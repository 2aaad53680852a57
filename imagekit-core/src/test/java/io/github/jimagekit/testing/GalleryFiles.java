package io.github.jimagekit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of a test gallery on disk: the photos the {@link GalleryLibrary} reads, and the
 * cache files made from them.
 */
public final class GalleryFiles {

    private GalleryFiles() {
    }

    /**
     * Writes {@code photos/p00.png}... as 64x48 quadrant images.
     *
     * @param root the directory to write {@code photos/} under
     * @param count how many photos
     * @throws IOException when a file cannot be written
     */
    public static void photos(Path root, int count) throws IOException {
        Files.createDirectories(root.resolve("photos"));
        byte[] png = TestImages.encode(TestImages.quadrants(64, 48), "png");
        for (int i = 0; i < count; i++) {
            Files.write(root.resolve(String.format("photos/p%02d.png", i)), png);
        }
    }

    /**
     * The cache files on disk.
     *
     * @param root the storage root
     * @return the paths of the regular files under {@code root/CACHE}, relative to {@code root},
     *     sorted; empty when there is no such directory
     * @throws IOException when the directory cannot be walked
     */
    public static List<String> cacheFiles(Path root) throws IOException {
        Path dir = root.resolve("CACHE");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .sorted().toList();
        }
    }
}
