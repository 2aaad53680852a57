package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.CacheStatistics;
import io.github.jimagekit.servlet.EmbeddedWebApp;
import io.github.jimagekit.testing.TestImages;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page of 100 thumbnails, cold under concurrent requests and then warm. */
final class WarmPageTest {

    private static final int REQUESTS = 16;
    private static final int TAGS = 100;

    @TempDir
    Path work;

    private EmbeddedWebApp start() throws Exception {
        Path sources = work.resolve("sources");
        for (int i = 0; i < 20; i++) {
            EmbeddedWebApp.photo(sources, "photos/p" + i + ".png",
                    TestImages.gradient(120 + i, 90));
        }
        return EmbeddedWebApp.builder(work)
                .parameter("imagekit.source.root", sources.toString())
                .parameter("imagekit.storage.root", work.resolve("media").toString())
                .start();
    }

    @Test
    void coldPage_concurrentRequests_generateEachImageOnceAndAllSucceed() throws Exception {
        try (EmbeddedWebApp app = start()) {
            List<HttpResponse<String>> pages = concurrently(app, REQUESTS);

            Set<String> bodies = new HashSet<>();
            for (HttpResponse<String> page : pages) {
                assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
                assertThat(Jsoup.parse(page.body()).select("img")).hasSize(TAGS);
                bodies.add(page.body());
            }
            assertThat(bodies).as("every request renders the same page").hasSize(1);
            CacheStatistics.Snapshot stats = app.kit().cacheFiles().statistics().snapshot();
            assertThat(stats.generations()).isEqualTo(TAGS);
            assertThat(stats.failures()).isZero();
            try (Stream<Path> files = Files.walk(work.resolve("media"))) {
                assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(TAGS);
            }
        }
    }

    @Test
    void warmPage_makesNoStorageCall() throws Exception {
        try (EmbeddedWebApp app = start()) {
            assertThat(app.get("/warm.jsp").statusCode()).isEqualTo(200);
            ImageKit kit = app.kit();
            kit.storageStatistics().reset();
            kit.sourceStorageStatistics().reset();

            HttpResponse<String> warm = app.get("/warm.jsp");

            assertThat(warm.statusCode()).isEqualTo(200);
            assertThat(kit.storageStatistics().total()).isZero();
            assertThat(kit.sourceStorageStatistics().total()).isZero();
            Elements imgs = Jsoup.parse(warm.body()).select("img");
            assertThat(imgs).hasSize(TAGS);
            Element last = imgs.last();
            assertThat(last.attr("alt")).isEqualTo("photo 80-19");
            assertThat(last.attr("width")).isEqualTo("80");
            assertThat(last.attr("height")).isEqualTo("30");
            assertThat(TestImages.decode(app.getBytes(last.attr("src")).body()).getWidth())
                    .isEqualTo(80);
        }
    }

    private static List<HttpResponse<String>> concurrently(EmbeddedWebApp app, int n)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<HttpResponse<String>> request = () -> {
                    go.await();
                    return app.get("/warm.jsp");
                };
                futures.add(pool.submit(request));
            }
            go.countDown();
            List<HttpResponse<String>> pages = new ArrayList<>();
            for (Future<HttpResponse<String>> f : futures) {
                pages.add(f.get(60, TimeUnit.SECONDS));
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }
}
