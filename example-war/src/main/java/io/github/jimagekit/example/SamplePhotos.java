package io.github.jimagekit.example;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The sample photos the WAR ships in {@value #DIRECTORY}, copied into the default photos folder
 * at the first start, so that the gallery has something to show without network or set-up.
 */
final class SamplePhotos {

    /** Where the WAR keeps the samples. */
    static final String DIRECTORY = "/WEB-INF/samples/";

    private SamplePhotos() {
    }

    /**
     * Fills the default photos folder with the samples if it does not exist yet. A folder named
     * by {@code GALLERY_PHOTOS_DIR} is never touched, and neither is one that exists (so photos
     * deleted in the gallery stay deleted). The copy goes to a temporary folder first and is
     * moved into place whole, so an interrupted start leaves no half-filled folder.
     *
     * @param context  the web application, whose resources hold the samples
     * @param settings the gallery's settings
     * @return how many photos were copied
     * @throws IOException when the folder cannot be written
     */
    static int seed(ServletContext context, GallerySettings settings) throws IOException {
        Path photos = settings.photos();
        if (!settings.samplePhotos() || Files.exists(photos)) {
            return 0;
        }
        Path parent = Files.createDirectories(photos.getParent());
        Path temp = Files.createTempDirectory(parent, ".photos-");
        try {
            int copied = 0;
            for (String resource : resources(context)) {
                try (InputStream in = context.getResourceAsStream(resource)) {
                    if (in != null) {
                        Files.copy(in, temp.resolve(resource.substring(DIRECTORY.length())));
                        copied++;
                    }
                }
            }
            try {
                Files.move(temp, photos, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, photos);
            }
            return copied;
        } finally {
            deleteTree(temp);
        }
    }

    private static Set<String> resources(ServletContext context) {
        Set<String> found = context.getResourcePaths(DIRECTORY);
        Set<String> files = new TreeSet<>();
        if (found != null) {
            found.stream().filter(r -> !r.endsWith("/")).forEach(files::add);
        }
        return files;
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
