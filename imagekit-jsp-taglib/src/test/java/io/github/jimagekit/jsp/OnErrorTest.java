package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.servlet.EmbeddedWebApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imagekit.template.on-error}: what a page shows when an image cannot be made. */
final class OnErrorTest {

    @TempDir
    Path work;

    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    /** The library's loggers: the renderer's for tag errors, the cache layer's for generations. */
    private final Logger log = Logger.getLogger("io.github.jimagekit");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(r);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(handler);
    }

    private EmbeddedWebApp start(String onError) throws Exception {
        return EmbeddedWebApp.withDogPhoto(work).parameter("imagekit.template.on-error", onError)
                .start();
    }

    private static Document page(EmbeddedWebApp app, String query) {
        return page(app, "/thumbnail.jsp", query);
    }

    private static Document page(EmbeddedWebApp app, String path, String query) {
        HttpResponse<String> r = app.get(path + "?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void fallback_rendersTheFallbackUrlWithGeometrySizeAndLogsOnce() throws Exception {
        try (EmbeddedWebApp app = start("fallback")) {
            for (int i = 0; i < 3; i++) {
                Element img = page(app, "geometry=120x90&src=photos/cat.jpg&alt=a+cat")
                        .selectFirst("img");
                // the URL comes from WEB-INF/imagekit.properties
                assertThat(img.attr("src")).isEqualTo("/static/from-properties.png");
                assertThat(img.attr("width")).isEqualTo("120");
                assertThat(img.attr("height")).isEqualTo("90");
                assertThat(img.attr("alt")).isEqualTo("a cat");
            }
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).getMessage()).contains("imagekit:thumbnail")
                    .contains("photos/cat.jpg");
            Element good = page(app, "geometry=120x90&src=photos/dog.jpg").selectFirst("img");
            assertThat(good.attr("src")).startsWith("/media/CACHE/");
        }
    }

    @Test
    void omit_writesNoImgAndTheRestOfThePage() throws Exception {
        try (EmbeddedWebApp app = start("omit")) {
            Document doc = page(app, "geometry=120x90&src=photos/cat.jpg");

            assertThat(doc.select("img")).isEmpty();
            assertThat(doc.body()).isNotNull();
            assertThat(warnings).hasSize(1);
        }
    }

    @Test
    void varForm_omit_removesTheVariableAndLogsOnce() throws Exception {
        try (EmbeddedWebApp app = start("omit")) {
            for (int i = 0; i < 3; i++) {
                Document doc = page(app, "/var-on-error.jsp", "geometry=120x90&src=photos/cat.jpg");

                assertThat(doc.select("img")).isEmpty();
                assertThat(doc.getElementById("after").text()).isEqualTo("the rest of the page");
            }
            assertThat(page(app, "/var-on-error.jsp", "spec=tests:broken&src=photos/dog.jpg")
                    .select("img")).isEmpty();
            // the missing source is the renderer's error; the failed generation the cache
            // layer's, one line per cache file and failure window
            assertThat(warnings).extracting(LogRecord::getMessage).satisfiesExactly(
                    m -> assertThat(m).isEqualTo("cannot render image of spec"
                            + " \"imagekit:thumbnail\" for source \"photos/cat.jpg\": source"
                            + " \"photos/cat.jpg\" does not exist"),
                    m -> assertThat(m).matches("cannot generate \"CACHE/images/photos/dog/"
                            + "[0-9a-f]{32}\\.jpg\": spec \"tests:broken\": source"
                            + " \"photos/dog.jpg\": processing failed: IllegalStateException"));
            Element good = page(app, "/var-on-error.jsp", "geometry=120x90&src=photos/dog.jpg")
                    .getElementById("own");
            assertThat(good.attr("src")).startsWith("/media/CACHE/images/photos/dog/");
            assertThat(good.attr("data-ready")).isEqualTo("true");
        }
    }

    @Test
    void varForm_fallback_holdsTheFallbackImageSizedByTheGeometry() throws Exception {
        try (EmbeddedWebApp app = start("fallback")) {
            Element sized = page(app, "/var-on-error.jsp", "geometry=120x90&src=photos/cat.jpg")
                    .getElementById("own");
            Element unsized = page(app, "/var-on-error.jsp", "spec=tests:broken"
                    + "&src=photos/dog.jpg").getElementById("own");

            assertThat(sized.outerHtml()).isEqualTo("<img id=\"own\""
                    + " src=\"/static/from-properties.png\" width=\"120\" height=\"90\""
                    + " data-ready=\"false\" alt=\"\">");
            assertThat(unsized.outerHtml()).isEqualTo("<img id=\"own\""
                    + " src=\"/static/from-properties.png\" width=\"\" height=\"\""
                    + " data-ready=\"false\" alt=\"\">");
            assertThat(warnings).hasSize(2);
        }
    }
}
