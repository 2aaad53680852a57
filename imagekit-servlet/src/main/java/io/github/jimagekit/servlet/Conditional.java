package io.github.jimagekit.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;

/**
 * The conditional-request rules of RFC 9110 section 13 that a static file needs:
 * {@code If-None-Match} (weak comparison), and {@code If-Modified-Since} when there is no
 * {@code If-None-Match}.
 */
final class Conditional {

    private Conditional() {
    }

    /**
     * Tells whether a GET or HEAD should be answered with {@code 304 Not Modified}.
     *
     * @param req          the request
     * @param etag         the file's entity tag, quoted
     * @param lastModified the file's modification time
     * @return whether the client's copy is current
     */
    static boolean notModified(HttpServletRequest req, String etag, Instant lastModified) {
        String noneMatch = req.getHeader("If-None-Match");
        if (noneMatch != null) {
            return matches(noneMatch, etag);
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            // an unparseable date is ignored, as the RFC says
            return false;
        }
        // HTTP dates have whole seconds
        return since >= 0 && lastModified.getEpochSecond() <= since / 1000;
    }

    /**
     * Tells whether an {@code If-None-Match} list names an entity tag (weak comparison).
     *
     * @param header the header's value, such as {@code "a", W/"b"} or {@code *}
     * @param etag   the entity tag, quoted
     * @return whether it is listed
     */
    static boolean matches(String header, String etag) {
        String opaque = strip(etag);
        for (String candidate : header.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || strip(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
