package io.github.jimagekit.bench.compare;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.bench.jsp.JspSite;
import io.github.jimagekit.storage.StorageStatistics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The dogpile: N threads request, at the same instant, a JSP page whose one
 * {@code <ik:thumbnail>} names a never-generated corpus photo; once per photo (trial). Counts
 * the generations (saves to the cache-file storage), the renders that came back 200 with the
 * image at 200x200, and the files left in the storage (no orphans, no temporary files).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.Dogpile [THREADS] [TRIALS]} (16, 5)
 */
public final class Dogpile {

    private static final String PAGE = "<ik:thumbnail geometry=\"" + CorpusKit.GEOMETRY
            + "\" source=\"${param.src}\" alt=\"\"/>";

    private Dogpile() {
    }

    /**
     * Runs the trials and prints one result line.
     *
     * @param args optionally the number of threads, then of trials
     * @throws Exception when the site cannot start
     */
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> jpegs = CorpusKit.names(CorpusKit.CORPUS, ".jpg", ".jpeg");
        Path media = Files.createTempDirectory("dogpile");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int ok = 0;
        try (JspSite site = JspSite.start(Map.of("one.jsp", PAGE), Map.of(
                "imagekit.source.root", CorpusKit.CORPUS.toString(),
                "imagekit.storage.root", media.toString()))) {
            ImageKit kit = site.kit();
            for (int t = 0; t < trials; t++) {
                ok += trial(site, pool, threads, jpegs.get(t % jpegs.size()));
            }
            long generations = kit.storageStatistics().count(StorageStatistics.Operation.SAVE);
            System.out.printf("dogpile threads=%d trials=%d generations=%d per-trial=%.1f"
                            + " renders-ok=%d/%d files=%d%n", threads, trials, generations,
                    generations / (double) trials, ok, threads * trials, files(media));
        } finally {
            pool.shutdown();
            CorpusKit.delete(media);
        }
    }

    /** One trial: all threads released at once; returns how many renders succeeded. */
    private static int trial(JspSite site, ExecutorService pool, int threads, String source)
            throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(threads);
        String request = JspSite.request("/one.jsp?src=" + source);
        List<Future<String>> responses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            responses.add(pool.submit(() -> {
                start.await();
                return site.send(request);
            }));
        }
        int ok = 0;
        for (Future<String> f : responses) {
            try {
                String response = f.get();
                if (response.startsWith("HTTP/1.1 200")
                        && response.contains("width=\"200\" height=\"200\"")) {
                    ok++;
                }
            } catch (java.util.concurrent.ExecutionException e) {
                // counted as a failed render
            }
        }
        return ok;
    }

    private static long files(Path media) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(media)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
