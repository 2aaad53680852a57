package io.github.jimagekit.spring.boot;

import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.processor.ResizeToFill;
import io.github.jimagekit.spec.SpecDefinition;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The smallest Boot application a starter user writes: a controller and a template; the kit,
 * the dialect and the cache-file servlet come from the auto-configuration.
 */
@SpringBootApplication
class GalleryApplication {

    /** The photos under the storage root that the page shows. */
    static final List<String> PHOTOS = List.of("photos/wide.jpg", "photos/tall.png");

    /** A spec of the application's own, registered by a customizer bean. */
    @Bean
    ImageKitCustomizer squares() {
        return builder -> builder.library(r -> r.generator("app:square",
                SpecDefinition.builder().processors(new ResizeToFill(33, 33)).build()));
    }

    /** The gallery page. */
    @Controller
    static class Gallery {

        @GetMapping("/gallery")
        String gallery(Model model) {
            model.addAttribute("photos", PHOTOS);
            return "gallery";
        }
    }
}
