package io.github.jimagekit.cluster;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The status pages of all nodes at one moment, added up: generations per cache file, failed
 * renders, and the S3 requests the nodes made.
 *
 * @param lines every node's status lines, in one list
 */
record ClusterStatus(List<String> lines) {

    ClusterStatus {
        lines = List.copyOf(lines);
    }

    /**
     * Counts the generations of each cache file across the nodes.
     *
     * @return cache file name to generations, sorted by name
     */
    Map<String, Long> generationsPerFile() {
        return lines.stream().filter(l -> l.startsWith("generated "))
                .map(l -> l.substring("generated ".length()))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                        Collectors.counting()));
    }

    /**
     * Returns the failed renders.
     *
     * @return the {@code failed ...} lines
     */
    List<String> failures() {
        return lines.stream().filter(l -> l.startsWith("failed ")).toList();
    }

    /**
     * Returns the S3 requests, as {@code "GET /bucket/key 404"}.
     *
     * @return the requests of all nodes
     */
    List<String> s3Requests() {
        return lines.stream().filter(l -> l.startsWith("s3 ")).map(l -> l.substring(3))
                .toList();
    }

    /**
     * Counts the S3 requests on each cache file's key (a key with {@code /CACHE/}) across the
     * nodes.
     *
     * @return key to requests, sorted by key
     */
    Map<String, Long> s3RequestsPerCacheFile() {
        return s3Requests().stream().map(r -> r.split(" ")[1]).filter(k -> k.contains("/CACHE/"))
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
                        Collectors.counting()));
    }
}
