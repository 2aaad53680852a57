package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.bench.jsp.JspSite;
import io.github.jimagekit.storage.StorageStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Storage operations per {@code <ik:thumbnail>} over a cache file's life, in the peer's
 * sequence ({@code bench_storage_ops.py}): a JSP page of one tag per corpus JPEG on Jetty,
 * rendered cold (no files, empty state), again, then by a restarted application (files exist,
 * state empty: a new JVM's first page), and again. Each stage prints the operations per tag on
 * the cache-file storage (the one that is remote in production) and on the source storage;
 * the last line sums the cache-storage operations per file over its life in one application
 * (generated once, then served) and over each later application start.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.StorageOps}
 */
public final class StorageOps {

    private static final String PAGE = "<c:forEach items=\"${applicationScope.sources}\""
            + " var=\"s\"><ik:thumbnail geometry=\"" + CorpusKit.GEOMETRY + "\" source=\"${s}\""
            + " alt=\"\"/></c:forEach>";

    private StorageOps() {
    }

    /**
     * Runs the four stages and prints one line each, then the life's total.
     *
     * @param args unused
     * @throws Exception when a page fails
     */
    public static void main(String[] args) throws Exception {
        List<String> jpegs = CorpusKit.names(CorpusKit.CORPUS, ".jpg", ".jpeg");
        Path media = Files.createTempDirectory("storage-ops");
        Map<String, String> settings = Map.of("imagekit.source.root", CorpusKit.CORPUS.toString(),
                "imagekit.storage.root", media.toString());
        double life;
        double restart;
        try {
            try (JspSite site = JspSite.start(Map.of("many.jsp", PAGE), settings)) {
                life = stage("first-render", site, jpegs) + stage("second-render", site, jpegs);
            }
            try (JspSite restarted = JspSite.start(Map.of("many.jsp", PAGE), settings)) {
                restart = stage("after-restart", restarted, jpegs)
                        + stage("again", restarted, jpegs);
            }
        } finally {
            CorpusKit.delete(media);
        }
        System.out.printf("ops stage=life cache-per-file=%.2f cache-per-restart=%.2f%n", life,
                restart);
    }

    /** Renders the page once; prints and returns the cache-storage operations per tag. */
    private static double stage(String stage, JspSite site, List<String> sources)
            throws Exception {
        site.attribute("sources", sources);
        ImageKit kit = site.kit();
        kit.storageStatistics().reset();
        kit.sourceStorageStatistics().reset();
        String html = site.get("/many.jsp");
        if (JspSite.count(html, "width=\"200\" height=\"200\"") != sources.size()) {
            throw new IllegalStateException("the page lacks a 200x200 image per source:\n" + html);
        }
        double n = sources.size();
        System.out.printf("ops stage=%s cache-per-tag=%.2f cache=%s source-per-tag=%.2f"
                        + " source=%s%n", stage, kit.storageStatistics().total() / n,
                detail(kit.storageStatistics(), n), kit.sourceStorageStatistics().total() / n,
                detail(kit.sourceStorageStatistics(), n));
        return kit.storageStatistics().total() / n;
    }

    private static String detail(StorageStatistics storage, double n) {
        StringJoiner parts = new StringJoiner(",");
        for (StorageStatistics.Operation op : StorageStatistics.Operation.values()) {
            if (storage.count(op) > 0) {
                parts.add(op.name().toLowerCase(java.util.Locale.ROOT) + ":"
                        + String.format("%.2f", storage.count(op) / n));
            }
        }
        return parts.length() == 0 ? "-" : parts.toString();
    }
}
