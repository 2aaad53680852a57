package io.github.jimagekit.example;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sample photos the WAR ships in {@value #DIRECTORY}, copied into the default photos folder
 * at the first start, so that the gallery has something to show without network or set-up.
 * example-boot has the same photos on its class path and copies them with
 * {@link #seed(GallerySettings, Map)}.
 */
public final class SamplePhotos {

    /** Where the WAR keeps the samples. */
    static final String DIRECTORY = "/WEB-INF/samples/";

    private SamplePhotos() {
    }

    /**
     * Fills the default photos folder with the web application's samples, as
     * {@link #seed(GallerySettings, Map)} does.
     *
     * @param context  the web application, whose resources hold the samples
     * @param settings the gallery's settings
     * @return how many photos were copied
     * @throws IOException when the folder cannot be written
     */
    static int seed(ServletContext context, GallerySettings settings) throws IOException {
        Map<String, URL> samples = new TreeMap<>();
        Set<String> found = context.getResourcePaths(DIRECTORY);
        if (found != null) {
            for (String resource : found) {
                URL url = context.getResource(resource);
                if (!resource.endsWith("/") && url != null) {
                    samples.put(resource.substring(DIRECTORY.length()), url);
                }
            }
        }
        return seed(settings, samples);
    }

    /**
     * Fills the default photos folder with the samples if it does not exist yet. A folder named
     * by {@code GALLERY_PHOTOS_DIR} is never touched, and neither is one that exists (so photos
     * deleted in the gallery stay deleted). The copy goes to a temporary folder first and is
     * moved into place whole, so an interrupted start leaves no half-filled folder.
     *
     * @param settings the gallery's settings
     * @param samples  the sample photos: file names (such as {@code "alpine-lake.jpg"}) to where
     *     each is read from
     * @return how many photos were copied
     * @throws IOException when the folder cannot be written or a sample read
     */
    public static int seed(GallerySettings settings, Map<String, URL> samples)
            throws IOException {
        Path photos = settings.photos();
        if (!settings.samplePhotos() || Files.exists(photos)) {
            return 0;
        }
        Path parent = Files.createDirectories(photos.getParent());
        Path temp = Files.createTempDirectory(parent, ".photos-");
        try {
            for (Map.Entry<String, URL> sample : samples.entrySet()) {
                try (InputStream in = sample.getValue().openStream()) {
                    Files.copy(in, temp.resolve(sample.getKey()));
                }
            }
            try {
                Files.move(temp, photos, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, photos);
            }
            return samples.size();
        } finally {
            deleteTree(temp);
        }
    }

    /**
     * Deletes a directory and everything in it; nothing when it does not exist.
     *
     * @param dir the directory
     * @throws IOException when something cannot be deleted
     */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
