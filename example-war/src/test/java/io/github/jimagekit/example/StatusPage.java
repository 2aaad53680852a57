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
        Document doc = Jsoup.parse(site.get("/status").body());
        List<String> threads = doc.select("#threads tbody tr").stream()
                .map(tr -> tr.child(0).text() + " (" + tr.attr("data-owner") + ")").toList();
        return new StatusPage(doc.getElementById("started").text(), threads,
                Long.parseLong(doc.getElementById("failures").text()));
    }
}
