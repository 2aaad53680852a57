package io.github.jimagekit.bench.memo;

import com.sun.management.OperatingSystemMXBean;
import io.github.jimagekit.bench.cachefile.WarmPathBenchmark;
import io.github.jimagekit.bench.jsp.RendererBenchmark;
import io.github.jimagekit.bench.metrics.MetricsOverheadBenchmark;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The CPU time per call of one warm-path or memo benchmark method, for a machine shared with
 * other builds: a JMH iteration's wall-clock time grows with every moment the thread waits for
 * a core, its CPU time does not. After five rounds of warm-up it times 30 rounds of {@code n}
 * calls and prints the least, the first quartile and the median nanoseconds per call, in the
 * calling thread's CPU time and in the whole process's (which adds the garbage collector and
 * work a library hands to other threads, such as Caffeine's maintenance).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.github.jimagekit.bench.memo.CpuTimePerCall \
 *     warm.kitCacheFile 2000000
 * java -cp bench/target/benchmarks.jar io.github.jimagekit.bench.memo.CpuTimePerCall \
 *     memo.bounded.75000.uniform 1000000
 * </pre>
 *
 * <p>Methods: {@code warm.kitCacheFile}, {@code warm.knownInstance} ({@link WarmPathBenchmark}),
 * {@code rend.thumbnail}, {@code rend.lookup} ({@link RendererBenchmark}),
 * {@code metrics.off.thumbnail}, {@code metrics.on.lookup}, ... ({@link MetricsOverheadBenchmark}),
 * {@code kit.SOURCES} ({@link KitWorkingSetBenchmark}) and {@code memo.MEMO.KEYS.ACCESS}
 * ({@link MemoBenchmark#lookup}, which also prints the hit rate).
 */
public final class CpuTimePerCall {

    private static final int ROUNDS = 30;

    private CpuTimePerCall() {
    }

    /**
     * Runs one method.
     *
     * @param args the method and how many calls a round makes
     * @throws Exception when a benchmark's set-up or tear-down fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CpuTimePerCall METHOD CALLS_PER_ROUND");
        }
        String method = args[0];
        int n = Integer.parseInt(args[1]);
        if (method.startsWith("warm.")) {
            WarmPathBenchmark b = new WarmPathBenchmark();
            b.setUp();
            try {
                time(method, n, method.equals("warm.kitCacheFile") ? b::kitCacheFile
                        : b::knownInstance);
            } finally {
                b.tearDown();
            }
        } else if (method.startsWith("rend.") || method.startsWith("metrics.")) {
            RendererBenchmark b = renderer(method);
            try {
                time(method, n, method.endsWith(".thumbnail") ? () -> b.thumbnail().length()
                        : b::lookup);
            } finally {
                b.tearDown();
            }
        } else if (method.startsWith("kit.")) {
            KitWorkingSetBenchmark b = new KitWorkingSetBenchmark();
            b.sources = Integer.parseInt(method.substring("kit.".length()));
            b.setUp();
            try {
                time(method, n, b::thumbnail);
            } finally {
                b.tearDown();
            }
        } else {
            timeMemo(method, n);
        }
    }

    /** {@code rend.*}, or {@code metrics.off.*} and {@code metrics.on.*}: the same with metrics. */
    private static RendererBenchmark renderer(String method) throws IOException {
        if (method.startsWith("rend.")) {
            RendererBenchmark b = new RendererBenchmark();
            b.setUp();
            return b;
        }
        MetricsOverheadBenchmark b = new MetricsOverheadBenchmark();
        b.metrics = method.split("\\.")[1];
        b.setUp();
        b.bindMetrics();
        return b;
    }

    private static void timeMemo(String method, int n) {
        String[] parts = method.split("\\.");
        MemoBenchmark b = new MemoBenchmark();
        b.memo = parts[1];
        b.keys = Integer.parseInt(parts[2]);
        b.access = parts[3];
        b.setUp();
        MemoBenchmark.Counts counts = new MemoBenchmark.Counts();
        time(method, n, () -> {
            counts.reset();
            return 0;
        }, () -> b.lookup(counts).hashCode());
        System.out.printf(Locale.ROOT, "%s hit rate %.2f %% (last round)%n", method,
                100.0 * counts.hits / (counts.hits + counts.misses));
    }

    private static void time(String method, int n, LongSupplier call) {
        time(method, n, () -> 0, call);
    }

    private static void time(String method, int n, LongSupplier beforeRound, LongSupplier call) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean process =
                (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long sink = 0;
        for (int i = 0; i < 5 * n; i++) {
            sink += call.getAsLong();
        }
        double[] thread = new double[ROUNDS];
        double[] all = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
            sink += beforeRound.getAsLong();
            long start = threads.getCurrentThreadCpuTime();
            long startAll = process.getProcessCpuTime();
            for (int i = 0; i < n; i++) {
                sink += call.getAsLong();
            }
            thread[r] = (threads.getCurrentThreadCpuTime() - start) / (double) n;
            all[r] = (process.getProcessCpuTime() - startAll) / (double) n;
        }
        System.out.printf(Locale.ROOT, "%s ns per call, least / first quartile / median:"
                + " thread CPU %s, process CPU %s (%d)%n", method, quartiles(thread),
                quartiles(all), sink & 1);
    }

    private static String quartiles(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f", v[0], v[v.length / 4],
                v[v.length / 2]);
    }
}
