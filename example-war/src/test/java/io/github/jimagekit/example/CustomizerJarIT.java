package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.example.swapped.SwappedStorage;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one extension door, deployed: the built {@code example.war} with a plug-in jar in
 * {@code WEB-INF/lib} whose {@code ImageKitCustomizer} swaps the cache-file storage
 * ({@link CustomizedWar}), on embedded Jetty and on a real Tomcat 10.1. Neither the WAR's code
 * nor its settings mention the plug-in; its one setting comes from the deployment (a context
 * parameter on Jetty, the environment variable {@code IMAGEKIT_SWAPPED_STORAGE_ROOT} on
 * Tomcat). Both galleries' images must come from the swapped storage: their URLs carry its
 * mark, the bytes served are its files', and the gallery's own media directory stays empty.
 * The same jar without the customizer, with {@code imagekit.storage.class} naming its storage,
 * must do the same (once the core has its class-name settings).
 */
final class CustomizerJarIT {

    private static final String MEDIA = "/media/";

    @TempDir
    static Path work;

    private static Path war;

    @BeforeAll
    static void build() throws Exception {
        war = CustomizedWar.build(work.resolve("customized.war"), true);
    }

    @Test
    void customizerJar_onJetty_swapsTheStorage() throws Exception {
        Path swapped = work.resolve("jetty-swapped");
        Path gallery = work.resolve("jetty-gallery");
        try (JettyWar jetty = JettyWar.start(war, work.resolve("jetty"), Map.of(
                GallerySettings.WORK_DIR, gallery.toString(),
                "imagekit.swapped-storage.root", swapped.toString()))) {
            assertImagesComeFrom(jetty, swapped, gallery);
        }
    }

    @Test
    void storageClassSetting_onJetty_swapsTheStorage() throws Exception {
        assumeTrue(ConfigKey.forKey("imagekit.storage.class").isPresent(),
                "imagekit.storage.class comes with the core's class-name settings");
        Path plain = CustomizedWar.build(work.resolve("class-name.war"), false);
        Path swapped = work.resolve("class-swapped");
        Path gallery = work.resolve("class-gallery");
        try (JettyWar jetty = JettyWar.start(plain, work.resolve("jetty-class"), Map.of(
                GallerySettings.WORK_DIR, gallery.toString(),
                "imagekit.storage.class", SwappedStorage.class.getName(),
                "imagekit.swapped-storage.root", swapped.toString()))) {
            assertImagesComeFrom(jetty, swapped, gallery);
        }
    }

    @Test
    void customizerJar_onTomcat_swapsTheStorage() throws Exception {
        Path swapped = work.resolve("tomcat-swapped");
        Path gallery = work.resolve("tomcat-gallery");
        try (TomcatServer tomcat = TomcatServer.start(Path.of("target/tomcat-customizer"), war,
                Map.of(GallerySettings.WORK_DIR, gallery.toString(),
                        "IMAGEKIT_SWAPPED_STORAGE_ROOT", swapped.toString()))) {
            assertImagesComeFrom(tomcat, swapped, gallery);
            assertThat(tomcat.log()).doesNotContain("SEVERE");
        }
    }

    private static void assertImagesComeFrom(Site site, Path swapped, Path gallery)
            throws Exception {
        for (String page : List.of("/", "/thymeleaf")) {
            HttpResponse<String> html = site.get(page);
            assertThat(html.statusCode()).as(page).isEqualTo(200);
            List<Element> imgs = Jsoup.parse(html.body()).select("img[src^=" + MEDIA + "]");
            assertThat(imgs).as("generated images on " + page).isNotEmpty()
                    .allSatisfy(img -> assertThat(img.attr("src")).endsWith(SwappedStorage.MARK));
            PageImages.check(html.body(), site::getBytes, GalleryInitializer.FALLBACK);
            for (Element img : imgs) {
                String src = img.attr("src");
                String name = URLDecoder.decode(src.substring(MEDIA.length(),
                        src.length() - SwappedStorage.MARK.length()), StandardCharsets.UTF_8);
                assertThat(site.getBytes(src).body()).as(src)
                        .isEqualTo(Files.readAllBytes(swapped.resolve(name)));
            }
        }
        assertThat(gallery.resolve("media/CACHE")).as("the gallery's own storage").doesNotExist();
    }
}
