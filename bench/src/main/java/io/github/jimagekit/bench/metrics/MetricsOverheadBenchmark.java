package io.github.jimagekit.bench.metrics;

import io.github.jimagekit.bench.jsp.RendererBenchmark;
import io.github.jimagekit.micrometer.ImageKitMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RendererBenchmark}'s warm tag ({@code thumbnail}: the {@code <img>} of a warm
 * {@code <ik:thumbnail>}) and cache-file lookup ({@code lookup}) with metrics off (the plain
 * kit) and on (the same kit with an {@link ImageKitMetrics} bound to a
 * {@link SimpleMeterRegistry}), in one run: the target is that metrics cost at most 5 % of a
 * warm tag. With metrics on, each trial fails unless the registry reads the kit's counters and
 * recorded a generation made after binding.
 *
 * <pre>
 * ./mvnw -B -q -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar MetricsOverheadBenchmark -prof gc
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class MetricsOverheadBenchmark extends RendererBenchmark {

    /** Whether an {@code ImageKitMetrics} is bound to the kit. */
    @Param({"off", "on"})
    public String metrics;

    private SimpleMeterRegistry registry;
    private ImageKitMetrics binder;

    /**
     * With metrics on, binds them to the kit {@link RendererBenchmark#setUp} made (JMH runs a
     * superclass's set-up first); then, on and off alike, generates one more thumbnail, which
     * the registry must record.
     */
    @Setup(Level.Trial)
    public void bindMetrics() {
        if (metrics.equals("on")) {
            registry = new SimpleMeterRegistry();
            binder = new ImageKitMetrics(kit());
            binder.bindTo(registry);
        }
        kit().thumbnail("photos/p1.png", "20x15").url();
    }

    /** Checks, with metrics on, that the registry saw the kit, and closes the binder. */
    @TearDown(Level.Trial)
    public void checkMetrics() {
        if (binder != null) {
            double generations = registry.get(ImageKitMetrics.GENERATIONS).counter().count();
            double misses = registry.get(ImageKitMetrics.STATE_LOOKUPS).tag("result", "miss")
                    .functionCounter().count();
            binder.close();
            if (generations != 1 || misses != kit().cacheFiles().statistics().stateMisses()) {
                throw new IllegalStateException("the registry did not see the kit: "
                        + generations + " generations, " + misses + " misses");
            }
        }
    }
}
