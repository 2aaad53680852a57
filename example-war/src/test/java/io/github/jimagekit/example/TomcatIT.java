package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built {@code example.war} on a real Tomcat 10.1: it is redeployed while its start-up
 * pregeneration runs, leaving no thread behind, and then serves both galleries with every
 * image at the size its element states. The photos folder holds the samples, 27 more copies
 * of them (so that pregeneration is still at work when the WAR is replaced) and a corrupt file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class TomcatIT {

    private static final String FALLBACK = GalleryInitializer.FALLBACK;
    private static final int COPIES = 3;

    @TempDir
    static Path work;

    private static TomcatServer tomcat;
    private static StatusPage firstDeployment;

    @BeforeAll
    static void deploy() throws Exception {
        Path photos = Files.createDirectories(work.resolve("photos"));
        Path samples = Path.of("src/main/webapp/WEB-INF/samples");
        try (var files = Files.list(samples)) {
            for (Path p : files.toList()) {
                Files.copy(p, photos.resolve(p.getFileName()));
                for (int i = 1; i <= COPIES; i++) {
                    Path copy = photos.resolve("more-" + i).resolve(p.getFileName());
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                }
            }
        }
        Files.writeString(photos.resolve("broken.jpg"), "not a picture");
        tomcat = TomcatServer.start(Path.of("target/tomcat-it"), Map.of(
                GallerySettings.PHOTOS_DIR, photos.toString(),
                GallerySettings.WORK_DIR, work.resolve("gallery").toString()));
        firstDeployment = StatusPage.of(tomcat);
    }

    @AfterAll
    static void stop() throws Exception {
        if (tomcat != null) {
            tomcat.close();
        }
    }

    @Test
    @Order(1)
    void redeploy_duringPregeneration_leavesNoThreadBehind() throws Exception {
        assertThat(firstDeployment.threads()).as("pregeneration at work when the WAR is replaced")
                .contains("imagekit-pregenerate (this application)");
        // what an administrator does before a new build goes in: a photo deleted (its cache
        // files and states go, which frees pages of the persistent state cache)
        HttpResponse<String> deleted = tomcat.send(Forms.urlEncoded(tomcat.uri("/delete"),
                "name=more-3%2Fcity-night.jpg"), HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.headers().firstValue("Location").orElseThrow())
                .startsWith("/?deleted=more-3%2Fcity-night.jpg&files=");

        tomcat.redeploy();
        // the condition parses the response it tests: a second request could reach Tomcat
        // between the old application's undeployment and the new one's start, and find none
        HttpResponse<String> page = tomcat.awaitPage("/status", r -> r.statusCode() == 200
                && !StatusPage.parse(r.body()).started().equals(firstDeployment.started()));

        StatusPage second = StatusPage.parse(page.body());
        assertThat(second.threads()).as("threads of the undeployed gallery")
                .noneMatch(t -> t.endsWith("(another application)"));
        String log = tomcat.log();
        assertThat(log).contains("pregeneration stopped:")
                .doesNotContain("failed to stop it", "appears to have started a thread",
                        "memory leak", "SEVERE");
    }

    @Test
    @Order(2)
    void bothGalleries_serveEveryImageAtItsStatedSize() {
        for (String path : new String[] {"/", "/thymeleaf"}) {
            HttpResponse<String> page = tomcat.get(path);

            assertThat(page.statusCode()).as(path).isEqualTo(200);
            Document doc = Jsoup.parse(page.body());
            int photos = 9 * (COPIES + 1) + 1 - 1;
            assertThat(doc.select(".card")).as(path).hasSize(photos);
            assertThat(doc.select("img")).as(path).hasSize(1 + 2 * photos);
            Map<String, PageImages.Image> images = PageImages.check(page.body(), tomcat::getBytes,
                    FALLBACK);
            assertThat(images).containsKey(FALLBACK);
        }
    }

    @Test
    @Order(3)
    void photoPages_serveTheirImages() {
        for (String name : new String[] {"lighthouse.jpg", "more-2/paper-badge.png",
            "broken.jpg"}) {
            HttpResponse<String> page = tomcat.get("/photo?name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));

            assertThat(page.statusCode()).as(name).isEqualTo(200);
            PageImages.check(page.body(), tomcat::getBytes, FALLBACK);
        }
        assertThat(tomcat.get("/photo?name=nope.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void statusPage_listsTheCorruptFile() {
        tomcat.get("/");

        Document doc = Jsoup.parse(tomcat.get("/status").body());

        assertThat(doc.select("#recent-failures td.message").eachText())
                .anySatisfy(m -> assertThat(m).contains("\"broken.jpg\""));
    }
}
