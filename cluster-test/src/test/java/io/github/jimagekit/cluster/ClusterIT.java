package io.github.jimagekit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.jcache.HazelcastCluster;
import io.github.jimagekit.s3.S3ProxyServer;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Three node JVMs ({@link ClusterNode}) sharing one S3 bucket (S3Proxy) for sources and cache
 * files and one Hazelcast cluster as state cache, each node a Hazelcast client. A client asks
 * all three for the same never-rendered page at once, then for the page again, then for every
 * image from every node; the nodes' status pages say what each generated and which S3
 * requests it made. The figures are printed (docs/scale-out.md shows them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

    private static final String BUCKET = "cluster";
    private static final List<String> SOURCES =
            List.of("photos/harbour.jpg", "photos/dunes.jpg", "photos/forest.jpg",
                    "photos/glacier.jpg");
    private static final List<String> GEOMETRIES = List.of("400x300", "200x150", "x120");
    private static final Pattern IMG = Pattern.compile(
            "<img[^>]*src=\"([^\"]+)\"[^>]*width=\"(\\d+)\"[^>]*height=\"(\\d+)\"");

    private final Path work = Path.of("target", "cluster");
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<NodeProcess> nodes = new ArrayList<>();
    private S3ProxyServer s3;
    private HazelcastCluster hazelcast;

    @BeforeAll
    void startCluster() throws IOException {
        Files.createDirectories(work);
        s3 = S3ProxyServer.start(work.resolve("s3proxy"));
        uploadSources();
        hazelcast = new HazelcastCluster(3);
        List<CompletableFuture<NodeProcess>> starting = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = "node" + i;
            starting.add(CompletableFuture.supplyAsync(() -> startNode(name)));
        }
        starting.forEach(f -> nodes.add(f.join()));
    }

    @AfterAll
    void stopCluster() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
        if (hazelcast != null) {
            hazelcast.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Test
    void newPage_askedOfThreeNodesAtOnce_generatesEachFileOnceAndEveryNodeServesIt()
            throws Exception {
        long coldStart = System.nanoTime();
        List<String> pages = nodes.stream()
                .map(n -> http.sendAsync(get(n.uri("/page")), HttpResponse.BodyHandlers.ofString())
                        .thenApply(HttpResponse::body))
                .toList().stream().map(CompletableFuture::join).toList();
        long coldMillis = (System.nanoTime() - coldStart) / 1_000_000;
        ClusterStatus cold = status();

        List<String> warmPages = new ArrayList<>();
        for (NodeProcess node : nodes) {
            warmPages.add(fetch(node.uri("/page")));
        }
        ClusterStatus warm = status();

        List<Matcher> images = images(pages.get(0));
        int notFound = fetchEveryImageFromEveryNode(images);
        ClusterStatus served = status();

        ClusterFigures figures = new ClusterFigures(nodes.size(), images.size(), coldMillis,
                cold, warm, served, notFound);
        System.out.println(System.lineSeparator() + figures.report());

        assertThat(pages).allSatisfy(p -> assertThat(images(p)).hasSize(12));
        assertThat(warmPages).containsOnly(pages.get(0));
        assertThat(cold.generationsPerFile()).hasSize(12)
                .allSatisfy((name, n) -> assertThat(n).isOne());
        assertThat(served.failures()).isEmpty();
        assertThat(notFound).isZero();
        assertThat(figures.warmS3Requests()).isZero();
        assertThat(warm.s3RequestsPerCacheFile()).hasSize(12)
                .allSatisfy((key, n) -> assertThat(n).isLessThanOrEqualTo(2));
    }

    private int fetchEveryImageFromEveryNode(List<Matcher> images) throws Exception {
        int notFound = 0;
        for (Matcher img : images) {
            for (NodeProcess node : nodes) {
                HttpResponse<byte[]> r = http.send(get(node.uri(img.group(1))),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() == 404) {
                    notFound++;
                    continue;
                }
                assertThat(r.statusCode()).as(node + " " + img.group(1)).isEqualTo(200);
                BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(r.body()));
                assertThat(decoded.getWidth()).isEqualTo(Integer.parseInt(img.group(2)));
                assertThat(decoded.getHeight()).isEqualTo(Integer.parseInt(img.group(3)));
            }
        }
        return notFound;
    }

    private NodeProcess startNode(String name) {
        Map<String, String> settings = Map.ofEntries(
                Map.entry("imagekit.storage.class", "io.github.jimagekit.s3.S3Storage"),
                Map.entry("imagekit.s3.bucket", BUCKET),
                Map.entry("imagekit.s3.endpoint", s3.endpoint().toString()),
                Map.entry("imagekit.s3.path-style", "true"),
                Map.entry("aws.accessKeyId", S3ProxyServer.identity()),
                Map.entry("aws.secretAccessKey", S3ProxyServer.secret()),
                Map.entry("imagekit.cache.backend",
                        "io.github.jimagekit.jcache.JCacheStateCache"),
                Map.entry("imagekit.jcache.provider",
                        "com.hazelcast.client.cache.HazelcastClientCachingProvider"),
                Map.entry("imagekit.jcache.properties", "hazelcast.instance.name=" + name),
                Map.entry("cluster.hazelcast.name", hazelcast.name()),
                Map.entry("cluster.hazelcast.members", String.join(",", hazelcast.addresses())),
                Map.entry("cluster.hazelcast.client", name),
                Map.entry("cluster.sources", String.join(",", SOURCES)),
                Map.entry("cluster.geometries", String.join(",", GEOMETRIES)));
        try {
            return NodeProcess.start(name, settings, work);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void uploadSources() throws IOException {
        try (S3Client client = s3.client()) {
            client.createBucket(b -> b.bucket(BUCKET));
            for (int i = 0; i < SOURCES.size(); i++) {
                String key = SOURCES.get(i);
                client.putObject(b -> b.bucket(BUCKET).key(key).contentType("image/jpeg"),
                        RequestBody.fromBytes(photo(i)));
            }
        }
    }

    /** A 1600 x 1200 JPEG with a gradient of its own. */
    private static byte[] photo(int index) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40 * index, 90, 160), 1600, 1200,
                new Color(240, 200 - 30 * index, 60)));
        g.fillRect(0, 0, 1600, 1200);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private ClusterStatus status() throws Exception {
        List<String> lines = new ArrayList<>();
        for (NodeProcess node : nodes) {
            String status = fetch(node.uri("/status"));
            Files.writeString(work.resolve(node.name() + ".status"), status);
            lines.addAll(status.lines().toList());
        }
        return new ClusterStatus(lines);
    }

    private String fetch(URI uri) throws Exception {
        HttpResponse<String> r = http.send(get(uri), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(uri.toString()).isEqualTo(200);
        return r.body();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static List<Matcher> images(String page) {
        return IMG.matcher(page).results().map(r -> {
            Matcher m = IMG.matcher(r.group());
            m.find();
            return m;
        }).toList();
    }
}
