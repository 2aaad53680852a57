package io.github.jimagekit.example.boot;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.example.GalleryListener;
import io.github.jimagekit.example.PhotoAlbum;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;

/**
 * The example gallery on Spring Boot: {@code ./mvnw -pl example-boot -am spring-boot:run}, then
 * <a href="http://localhost:8080/">http://localhost:8080/</a>.
 *
 * <p>Everything jimagekit needs comes from imagekit-spring-boot-starter: the kit (from the
 * {@code imagekit.*} properties, with the folders {@link GalleryEnvironment} derives), the
 * cache-file servlet at {@code /media/*} and the {@code ik} dialect in Boot's Thymeleaf. The
 * gallery's specs are the WAR's {@code GalleryImages}, found through {@code META-INF/services};
 * the Thymeleaf page is {@link ThymeleafGallery}, the JSP pages and forms are the WAR's servlets
 * ({@link GalleryServlets}).
 */
@SpringBootApplication
public class GalleryApplication {

    /** Creates the application; Spring does this. */
    public GalleryApplication() {
        // a configuration class
    }

    /**
     * Starts the gallery.
     *
     * @param args Spring Boot's arguments, such as {@code --server.port=8081}
     */
    public static void main(String[] args) {
        SpringApplication.run(GalleryApplication.class, args);
    }

    /**
     * The gallery's photos, listed through the kit's source storage.
     *
     * @param kit the starter's kit
     * @return the album
     */
    @Bean
    public PhotoAlbum photoAlbum(ImageKit kit) {
        return new PhotoAlbum(kit, Clock.systemUTC());
    }

    /**
     * Puts the album and the start time into the {@code ServletContext}, where the WAR's
     * servlets look for them (the WAR's {@code GalleryListener} does this there).
     *
     * @param album the album
     * @return the initializer, run by the embedded container at start-up
     */
    @Bean
    public ServletContextInitializer galleryAttributes(PhotoAlbum album) {
        return context -> {
            context.setAttribute(PhotoAlbum.ATTRIBUTE, album);
            context.setAttribute(GalleryListener.STARTED, Instant.now());
        };
    }
}
