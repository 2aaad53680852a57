package io.github.jimagekit.bench.compare;

import io.github.jimagekit.bench.jsp.TagPageBenchmark;
import io.github.jimagekit.bench.thymeleaf.DialectBenchmark;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The warm tag figures, from the two JMH page benchmarks run with the GC profiler: a page of
 * 100 warm {@code <ik:thumbnail>} tags on Jetty against the same page of plain
 * {@code <img src="${url}">}, and 100 {@code ik:src} against plain {@code th:src} in
 * Thymeleaf. Prints, per engine, the page times, the ratio of the whole pages (what the peer's
 * 12x compares) and of the tags net of the loop, and the bytes allocated per image.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.WarmTags [quick]}; {@code quick} runs fewer iterations.
 */
public final class WarmTags {

    private WarmTags() {
    }

    /**
     * Runs both benchmarks and prints one line per engine.
     *
     * @param args optionally {@code quick}
     * @throws RunnerException when a benchmark fails (a warm page that touched the storage
     *                         fails its trial)
     */
    public static void main(String[] args) throws RunnerException {
        boolean quick = args.length > 0 && args[0].equals("quick");
        Map<String, Result<?>[]> jsp = run(options(quick)
                .include(TagPageBenchmark.class.getName() + ".render"), "page");
        print("jsp", jsp.get("thumbnail"), jsp.get("plain"), jsp.get("empty"),
                TagPageBenchmark.TAGS);
        Map<String, Result<?>[]> thymeleaf = run(options(quick)
                .include(DialectBenchmark.class.getName() + ".(ikSrc|plainThSrc|loopOnly)$")
                .param("geometry", CorpusKit.GEOMETRY), null);
        print("thymeleaf", thymeleaf.get("ikSrc"), thymeleaf.get("plainThSrc"),
                thymeleaf.get("loopOnly"), DialectBenchmark.IMAGES);
    }

    private static ChainedOptionsBuilder options(boolean quick) {
        ChainedOptionsBuilder options = new OptionsBuilder().addProfiler(GCProfiler.class)
                .forks(1).shouldFailOnError(true);
        return quick ? options.warmupIterations(3).measurementIterations(4) : options;
    }

    /** Runs; returns {score, bytes per op} keyed by the parameter's value or the method. */
    private static Map<String, Result<?>[]> run(ChainedOptionsBuilder options, String param)
            throws RunnerException {
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Result<?>[]> byKey = new HashMap<>();
        for (RunResult r : results) {
            String benchmark = r.getParams().getBenchmark();
            String key = param != null ? r.getParams().getParam(param)
                    : benchmark.substring(benchmark.lastIndexOf('.') + 1);
            Result<?> bytes = r.getSecondaryResults().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("alloc.rate.norm"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() ->
                            new IllegalStateException("no allocation figure in " + benchmark));
            byKey.put(key, new Result<?>[] {r.getPrimaryResult(), bytes});
        }
        return byKey;
    }

    private static void print(String engine, Result<?>[] tag, Result<?>[] plain,
            Result<?>[] empty, int images) {
        double t = tag[0].getScore();
        double p = plain[0].getScore();
        double e = empty[0].getScore();
        System.out.printf("warm engine=%s images=%d tag-page-us=%.1f plain-page-us=%.1f"
                        + " loop-page-us=%.1f tag-us=%.3f plain-us=%.3f ratio-page=%.2f"
                        + " ratio-net=%.2f tag-bytes=%.0f plain-bytes=%.0f%n", engine, images,
                t, p, e, t / images, p / images, t / p, (t - e) / (p - e),
                (tag[1].getScore() - empty[1].getScore()) / images,
                (plain[1].getScore() - empty[1].getScore()) / images);
    }
}
