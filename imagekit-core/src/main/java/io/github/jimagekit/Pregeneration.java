package io.github.jimagekit;

import io.github.jimagekit.batch.BatchGenerator;
import io.github.jimagekit.batch.BatchSummary;
import io.github.jimagekit.config.ConfigKey;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Start-up pregeneration ({@code imagekit.pregenerate}): one low-priority daemon thread named
 * {@value #THREAD_NAME} that runs batch generation over the configured generator id patterns,
 * for deployments without a shell. {@link ImageKit#close()} stops it after the image in hand.
 */
final class Pregeneration implements AutoCloseable {

    static final String THREAD_NAME = "imagekit-pregenerate";

    private static final System.Logger LOG = System.getLogger(Pregeneration.class.getName());
    private static final long JOIN_MILLIS = 60_000;

    private final Thread thread;

    private Pregeneration(Thread thread) {
        this.thread = thread;
    }

    /**
     * Starts pregeneration when the setting asks for it.
     *
     * @return the running pregeneration, or empty when {@code imagekit.pregenerate} is empty
     */
    static Optional<Pregeneration> start(ImageKit kit) {
        List<String> patterns = patterns(kit.config().raw(ConfigKey.PREGENERATE));
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        BatchGenerator batch = BatchGenerator.builder(kit).patterns(patterns).threads(1).build();
        Thread t = new Thread(() -> run(batch, patterns), THREAD_NAME);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return Optional.of(new Pregeneration(t));
    }

    static List<String> patterns(String setting) {
        return Arrays.stream(setting.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static void run(BatchGenerator batch, List<String> patterns) {
        LOG.log(Level.INFO, "pregenerating " + String.join(", ", patterns));
        try {
            BatchSummary s = batch.run();
            LOG.log(s.failed() > 0 ? Level.WARNING : Level.INFO, "pregeneration "
                    + (s.stopped() ? "stopped: " : "done: ") + s.describe());
            s.failures().stream().limit(10).forEach(f -> LOG.log(Level.WARNING,
                    "pregeneration failed: " + f));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "pregeneration failed: " + e.getMessage(), e);
        }
    }

    /** Tells whether the thread still runs. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops after the images in hand and waits for that (at most a minute). */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
