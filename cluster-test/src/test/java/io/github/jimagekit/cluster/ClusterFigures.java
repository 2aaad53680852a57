package io.github.jimagekit.cluster;

import java.util.Map;

/**
 * What one run of the cluster test measured, and its printed report.
 *
 * @param nodes      how many nodes
 * @param images     the page's images
 * @param coldMillis how long the cold page took, asked of all nodes at once
 * @param cold       the status after the cold page
 * @param warm       the status after the warm page (once on each node)
 * @param served     the status after every image was fetched from every node
 * @param notFound   image fetches answered 404
 */
record ClusterFigures(int nodes, int images, long coldMillis, ClusterStatus cold,
        ClusterStatus warm, ClusterStatus served, int notFound) {

    /**
     * Returns the S3 requests the warm pages made, on all nodes.
     *
     * @return requests after the cold page and before the images were fetched
     */
    long warmS3Requests() {
        return warm.s3Requests().size() - cold.s3Requests().size();
    }

    /**
     * Returns the report, one figure a line.
     *
     * @return the report
     */
    String report() {
        Map<String, Long> generations = cold.generationsPerFile();
        return String.join("\n",
                "cluster test: " + nodes + " node JVMs, 1 S3 bucket (S3Proxy 2.6.0), "
                        + "1 Hazelcast 5.7.0 cluster (3 members; the nodes are clients)",
                "  page of " + images + " images asked of " + nodes + " nodes at once: "
                        + coldMillis + " ms",
                "  cache files: " + generations.size() + "; generations cluster-wide: "
                        + sum(generations) + " (per file, at most " + max(generations) + ")",
                "  failed renders: " + served.failures().size(),
                "  image URLs that 404 on some node: " + notFound + " of " + images * nodes
                        + " fetches",
                "  S3 requests: cold page on " + nodes + " nodes " + cold.s3Requests().size()
                        + ", warm page on " + nodes + " nodes " + warmS3Requests(),
                "  S3 requests per cache file while rendering, cluster-wide: at most "
                        + max(warm.s3RequestsPerCacheFile()),
                "  S3 requests serving " + images * nodes + " images through the nodes' "
                        + "cache-file servlets: "
                        + (served.s3Requests().size() - warm.s3Requests().size()));
    }

    static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static long max(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
