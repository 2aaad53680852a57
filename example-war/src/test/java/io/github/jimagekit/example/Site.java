package io.github.jimagekit.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A running gallery the tests talk HTTP to: embedded Jetty, a real Tomcat, or example-boot's
 * application (this module's test-jar).
 */
public interface Site {

    /** One client for the tests: HTTP/1.1, redirects not followed. */
    HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /**
     * Returns an absolute URI on the site.
     *
     * @param path a path starting with {@code /}
     * @return the URI
     */
    URI uri(String path);

    /**
     * Fetches a page.
     *
     * @param path the path
     * @return the response
     */
    default HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * Fetches a file.
     *
     * @param path the path
     * @return the response
     */
    default HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends a request.
     *
     * @param request the request
     * @param handler the body handler
     * @return the response
     */
    default <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
