package io.github.jimagekit.example;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Where the gallery keeps its files. Two settings, each read from a servlet context parameter,
 * then a system property, then an environment variable of the same name (the first that is
 * set and not blank wins):
 *
 * <ul>
 *   <li>{@value #PHOTOS_DIR}: the folder of photos the gallery shows, and where uploads go.
 *       Default: {@code photos} in the work directory, filled with the WAR's sample photos at
 *       the first start;</li>
 *   <li>{@value #WORK_DIR}: where jimagekit writes the generated images ({@code media}) and
 *       its persistent state cache ({@code state}). Default: {@code jimagekit-gallery} in the
 *       JVM's temporary directory ({@code java.io.tmpdir}).</li>
 * </ul>
 *
 * <p>A leading {@code ~/} stands for the user's home directory; relative paths are resolved
 * against the working directory.
 *
 * @param photos       the photos folder (jimagekit's source root)
 * @param work         the work directory
 * @param samplePhotos whether {@code photos} is the default folder, which the sample photos
 *     fill at the first start
 */
public record GallerySettings(Path photos, Path work, boolean samplePhotos) {

    /** The name of the photos folder setting. */
    public static final String PHOTOS_DIR = "GALLERY_PHOTOS_DIR";

    /** The name of the work directory setting. */
    public static final String WORK_DIR = "GALLERY_WORK_DIR";

    /** The {@code ServletContext} attribute that holds the settings of a running gallery. */
    public static final String ATTRIBUTE = GallerySettings.class.getName();

    /** The default work directory's name, in the temporary directory. */
    static final String DEFAULT_WORK = "jimagekit-gallery";

    /**
     * Checks the values.
     *
     * @param photos       the photos folder
     * @param work         the work directory
     * @param samplePhotos whether the photos folder is the default one
     */
    public GallerySettings {
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(work, "work");
    }

    /**
     * Reads the settings.
     *
     * @param contextParameters the servlet context's init parameters by name
     * @param systemProperties  the system properties by name
     * @param environment       the environment variables by name
     * @param home              the user's home directory, for {@code ~/}
     * @param temporary         the temporary directory, for the default work directory
     * @return the settings
     */
    public static GallerySettings resolve(UnaryOperator<String> contextParameters,
            UnaryOperator<String> systemProperties, UnaryOperator<String> environment,
            Path home, Path temporary) {
        String photos = first(PHOTOS_DIR, contextParameters, systemProperties, environment);
        String work = first(WORK_DIR, contextParameters, systemProperties, environment);
        Path workDir = work != null ? path(work, home) : temporary.resolve(DEFAULT_WORK);
        return photos != null
                ? new GallerySettings(path(photos, home), workDir, false)
                : new GallerySettings(workDir.resolve("photos"), workDir, true);
    }

    /**
     * Returns where generated images go.
     *
     * @return {@code media} in the work directory (jimagekit's storage root)
     */
    public Path media() {
        return work.resolve("media");
    }

    /**
     * Returns where jimagekit's persistent state cache goes.
     *
     * @return {@code state} in the work directory
     */
    public Path stateCache() {
        return work.resolve("state");
    }

    private static String first(String name, UnaryOperator<String> parameters,
            UnaryOperator<String> properties, UnaryOperator<String> environment) {
        for (UnaryOperator<String> source : List.of(parameters, properties, environment)) {
            String v = source.apply(name);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static Path path(String value, Path home) {
        Path p = value.equals("~") ? home
                : value.startsWith("~/") ? home.resolve(value.substring(2)) : Path.of(value);
        return p.toAbsolutePath().normalize();
    }
}
