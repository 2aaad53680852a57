package io.github.jimagekit.s3;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * What a save does when the server honours {@code If-None-Match: *}, as Amazon S3 does and
 * S3Proxy 2.6.0 does not: a loopback server that answers PUT and GET the way S3 documents
 * (412 {@code PreconditionFailed} when the key exists, 409 {@code ConditionalRequestConflict}
 * while another conditional write of the key is under way).
 */
final class ConditionalSaveTest {

    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final List<String> exchanges = new CopyOnWriteArrayList<>();
    private final AtomicInteger conflicts = new AtomicInteger();
    private HttpServer server;
    private S3Storage storage;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        storage = S3Storage.builder().bucket("photos").prefix("media")
                .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .pathStyle(true).region(Region.EU_WEST_1)
                .credentials(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("identity", "credential")))
                .build();
    }

    @AfterEach
    void stop() {
        storage.close();
        server.stop(0);
    }

    @Test
    void save_anotherWriterSavedItFirst_keepsTheirsAndSucceeds() throws IOException {
        storage.save("CACHE/images/a.jpg", "first".getBytes(UTF_8));
        storage.save("CACHE/images/a.jpg", "second".getBytes(UTF_8));

        assertThat(new String(storage.read("CACHE/images/a.jpg"), UTF_8)).isEqualTo("first");
        assertThat(exchanges).containsExactly("PUT /photos/media/CACHE/images/a.jpg -> 200",
                "PUT /photos/media/CACHE/images/a.jpg -> 412",
                "GET /photos/media/CACHE/images/a.jpg -> 200");
    }

    @Test
    void save_conflictingWriteUnderWay_triesAgain() throws IOException {
        conflicts.set(2);
        storage.save("CACHE/images/a.jpg", "mine".getBytes(UTF_8));

        assertThat(objects).containsKey("/photos/media/CACHE/images/a.jpg");
        assertThat(exchanges).containsExactly("PUT /photos/media/CACHE/images/a.jpg -> 409",
                "PUT /photos/media/CACHE/images/a.jpg -> 409",
                "PUT /photos/media/CACHE/images/a.jpg -> 200");
    }

    @Test
    void save_conflictsGoOn_failsNamingBucketAndKey() {
        conflicts.set(10);

        assertThatThrownBy(() -> storage.save("CACHE/images/a.jpg", new byte[] {1}))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot save s3://photos/media/CACHE/images/a.jpg:"
                        + " ConditionalRequestConflict (HTTP 409, A conflicting conditional"
                        + " operation is currently in progress against this resource.)");
        assertThat(exchanges).hasSize(3);
    }

    @Test
    void save_sourceOverAnExistingOne_isNotConditional() throws IOException {
        storage.save("photos/a.jpg", "first".getBytes(UTF_8));
        storage.save("photos/a.jpg", "second".getBytes(UTF_8));

        assertThat(new String(objects.get("/photos/media/photos/a.jpg"), UTF_8))
                .isEqualTo("second");
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        byte[] body = payload(x);
        int status;
        byte[] answer = new byte[0];
        if (x.getRequestMethod().equals("PUT")) {
            boolean conditional = "*".equals(x.getRequestHeaders().getFirst("If-None-Match"));
            if (conditional && conflicts.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 409;
                answer = error("ConditionalRequestConflict", "A conflicting conditional"
                        + " operation is currently in progress against this resource.");
            } else if (conditional && objects.containsKey(path)) {
                status = 412;
                answer = error("PreconditionFailed", "At least one of the pre-conditions you"
                        + " specified did not hold");
            } else {
                objects.put(path, body);
                x.getResponseHeaders().add("ETag", "\"" + body.length + "\"");
                status = 200;
            }
        } else if (objects.containsKey(path)) {
            status = 200;
            answer = objects.get(path);
        } else {
            status = 404;
            answer = error("NoSuchKey", "The specified key does not exist.");
        }
        exchanges.add(x.getRequestMethod() + " " + path + " -> " + status);
        x.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
        x.getResponseBody().write(answer);
        x.close();
    }

    /** The request's body, taken out of the SDK's signed chunks on plain HTTP. */
    private static byte[] payload(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        String sha = x.getRequestHeaders().getFirst("x-amz-content-sha256");
        if (sha == null || !sha.startsWith("STREAMING-")) {
            return body;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (int i = 0; ; ) {
            int lineEnd = text.indexOf("\r\n", i);
            int size = Integer.parseInt(text.substring(i, lineEnd).split(";")[0], 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(body, lineEnd + 2, size);
            i = lineEnd + 2 + size + 2;
        }
    }

    private static byte[] error(String code, String message) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code>"
                + "<Message>" + message + "</Message><RequestId>1</RequestId></Error>")
                .getBytes(UTF_8);
    }
}
