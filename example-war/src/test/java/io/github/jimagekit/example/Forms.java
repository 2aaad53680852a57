package io.github.jimagekit.example;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** The gallery's forms, as a browser posts them. */
final class Forms {

    private static final String BOUNDARY = "----jimagekit-gallery-test-7MA4YWxkTrZu0gW";

    private Forms() {
    }

    /**
     * Builds the request of the gallery's upload form ({@code multipart/form-data}).
     *
     * @param uri      the form's action
     * @param fileName the file name the browser sends
     * @param content  the file
     * @param from     the page the form is on ({@code jsp} or {@code thymeleaf})
     * @return the request
     */
    static HttpRequest multipart(URI uri, String fileName, byte[] content, String from) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        text(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\n"
                + from + "\r\n");
        text(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"photo\";"
                + " filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream"
                + "\r\n\r\n");
        body.writeBytes(content);
        text(body, "\r\n--" + BOUNDARY + "--\r\n");
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    /**
     * Builds a URL-encoded form POST.
     *
     * @param uri  the form's action
     * @param form the encoded fields, such as {@code name=a.jpg&from=jsp}
     * @return the request
     */
    static HttpRequest urlEncoded(URI uri, String form) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    private static void text(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
