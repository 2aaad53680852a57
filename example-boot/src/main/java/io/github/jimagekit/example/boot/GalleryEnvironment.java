package io.github.jimagekit.example.boot;

import io.github.jimagekit.example.GallerySettings;
import io.github.jimagekit.example.SamplePhotos;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Does on Spring Boot what the WAR's {@code GalleryInitializer} does in a container: reads the
 * gallery's two settings ({@link GallerySettings}: {@code GALLERY_PHOTOS_DIR} and
 * {@code GALLERY_WORK_DIR}, here from Boot's environment, so a system property, an environment
 * variable, a command-line argument or {@code application.properties}), copies the sample
 * photos into a new default photos folder, and passes the folders on to jimagekit as
 * {@code imagekit.source.root}, {@code imagekit.storage.root} and
 * {@code imagekit.cache.disk.dir}, before the starter builds the kit.
 *
 * <p>The three come last among the property sources, so a value set anywhere else (such as
 * {@code --imagekit.storage.root=...}) wins, as a context parameter does over the WAR's
 * initializer. Listed in {@code META-INF/spring.factories}.
 */
public final class GalleryEnvironment implements EnvironmentPostProcessor, Ordered {

    /** The name of the property source that holds the folders. */
    public static final String PROPERTY_SOURCE = "gallery";

    /** Where the sample photos are on the class path. */
    static final String SAMPLES = "classpath*:gallery/samples/*";

    private final Log log;

    /**
     * Creates the post-processor; Spring Boot does this.
     *
     * @param logs Boot's logs, written once logging is set up
     */
    public GalleryEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(GalleryEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment,
            SpringApplication application) {
        GallerySettings settings = GallerySettings.resolve(environment::getProperty,
                name -> null, name -> null, Path.of(System.getProperty("user.home")),
                Path.of(System.getProperty("java.io.tmpdir")));
        int copied;
        try {
            copied = SamplePhotos.seed(settings, samples(application.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException("gallery: cannot prepare the photos folder "
                    + settings.photos() + ": " + e.getMessage(), e);
        }
        Map<String, Object> folders = new LinkedHashMap<>();
        folders.put("imagekit.source.root", settings.photos().toString());
        folders.put("imagekit.storage.root", settings.media().toString());
        folders.put("imagekit.cache.disk.dir", settings.stateCache().toString());
        environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE,
                folders));
        log.info("gallery: photos from " + settings.photos()
                + (copied > 0 ? " (" + copied + " sample photos copied there)" : "")
                + "; generated images and the state cache in " + settings.work());
    }

    /** After Boot has read {@code application.properties}. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Map<String, URL> samples(ClassLoader loader) throws IOException {
        Map<String, URL> samples = new TreeMap<>();
        for (Resource r : new PathMatchingResourcePatternResolver(loader).getResources(SAMPLES)) {
            if (r.isReadable() && r.getFilename() != null) {
                samples.put(r.getFilename(), r.getURL());
            }
        }
        return samples;
    }
}
