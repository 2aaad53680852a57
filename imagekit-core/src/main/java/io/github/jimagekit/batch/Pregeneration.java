package io.github.jimagekit.batch;

import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Start-up pregeneration ({@code imagekit.pregenerate}): one low-priority daemon thread named
 * {@value #THREAD_NAME} that runs a batch over the configured generator id patterns, for
 * deployments without a shell. The kit starts it once built and {@link #close() closes} it
 * (after the image in hand) when it closes.
 */
public final class Pregeneration implements AutoCloseable {

    /** The name of the pregeneration thread, as thread dumps show it. */
    public static final String THREAD_NAME = "imagekit-pregenerate";

    private static final System.Logger LOG = System.getLogger(Pregeneration.class.getName());
    private static final long JOIN_MILLIS = 60_000;

    private final Thread thread;

    private Pregeneration(Thread thread) {
        this.thread = thread;
    }

    /**
     * Runs a batch in the background.
     *
     * @param batch the batch, usually over a few patterns with one thread
     * @return the running pregeneration
     */
    public static Pregeneration start(BatchGenerator batch) {
        Objects.requireNonNull(batch, "batch");
        Thread t = new Thread(() -> run(batch), THREAD_NAME);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return new Pregeneration(t);
    }

    private static void run(BatchGenerator batch) {
        LOG.log(Level.INFO, "pregenerating " + (batch.patterns().isEmpty() ? "everything"
                : String.join(", ", batch.patterns())));
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
