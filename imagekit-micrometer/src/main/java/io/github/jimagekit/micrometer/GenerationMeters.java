package io.github.jimagekit.micrometer;

import io.github.jimagekit.cachefile.GenerationListener;
import io.github.jimagekit.codec.RenderTimes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Records each generation into one registry: the counters by spec (and cause), and the timers.
 * Runs on the generating thread, only when an image is generated.
 */
final class GenerationMeters implements GenerationListener {

    private final MeterRegistry registry;
    private final Tags tags;

    GenerationMeters(MeterRegistry registry, Tags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    @Override
    public void generated(Generated generation) {
        Tags spec = tags.and("spec", generation.spec());
        Counter.builder(ImageKitMetrics.GENERATIONS).tags(spec)
                .description("Images generated and saved").register(registry).increment();
        time(ImageKitMetrics.GENERATION, spec, generation.nanos(),
                "Whole generations: reading the source, decoding, processing, encoding, saving");
        time(ImageKitMetrics.SAVE, spec, generation.saveNanos(), "Saving cache files");
        RenderTimes render = generation.render();
        if (render.decodeMeasured()) {
            time(ImageKitMetrics.DECODE, spec, render.decodeNanos(),
                    "Decoding sources to pixels");
        }
        if (render.encodeMeasured()) {
            time(ImageKitMetrics.ENCODE, spec, render.encodeNanos(), "Encoding images");
        }
    }

    @Override
    public void failed(Failed failure) {
        Counter.builder(ImageKitMetrics.FAILURES)
                .tags(tags.and("spec", failure.spec(), "cause", failure.cause().tagValue()))
                .description("Failed generations").register(registry).increment();
    }

    private void time(String name, Tags spec, long nanos, String description) {
        Timer.builder(name).tags(spec).description(description).register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public String toString() {
        return "GenerationMeters[" + registry.getClass().getSimpleName() + "]";
    }
}
