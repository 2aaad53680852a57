package io.github.jimagekit.example;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The gallery's status page, parsed.
 *
 * @param started  when the deployment started
 * @param threads  the {@code imagekit-*} threads, as {@code name (owner)}
 * @param failures failed generations
 */
record StatusPage(String started, List<String> threads, long failures) {

    /**
     * Fetches and parses the status page.
     *
     * @param site the gallery
     * @return the page's content
     */
    static StatusPage of(Site site) {
        return parse(site.get("/status").body());
    }

    /**
     * Parses a status page already fetched (so that a condition polled during a redeployment
     * reads the very response it tested, not a second one that may find no application).
     *
     * @param html the page
     * @return the page's content
     */
    static StatusPage parse(String html) {
        Document doc = Jsoup.parse(html);
        List<String> threads = doc.select("#threads tbody tr").stream()
                .map(tr -> tr.child(0).text() + " (" + tr.attr("data-owner") + ")").toList();
        return new StatusPage(doc.getElementById("started").text(), threads,
                Long.parseLong(doc.getElementById("failures").text()));
    }
}
