package io.github.jimagekit.cachefile;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The counters one application's cache-file layer keeps: state-cache hits and misses,
 * generations, failures, the generations under way, and the most recent failures with their
 * messages. Cheap enough to be always on; read them for a status page or a metrics exporter.
 *
 * <p>A metrics exporter reads the counters through the accessors ({@link #stateHits()}, ...),
 * which allocate nothing, and registers a {@link GenerationListener} for what happens on the
 * cold path only: each generation's spec, times and outcome, and each failure's cause.
 */
public final class CacheStatistics {

    private static final System.Logger LOG = System.getLogger(CacheStatistics.class.getName());

    /** How many recent failures are kept. */
    public static final int RECENT_FAILURES = 50;

    /**
     * One failed generation.
     *
     * @param name    the cache file's name
     * @param message the error, naming the spec and the source
     * @param at      when it happened
     */
    public record Failure(String name, String message, Instant at) {
    }

    /**
     * The counters at one moment.
     *
     * @param stateHits      lookups the state cache answered
     * @param stateMisses    lookups it could not answer
     * @param generations    images generated
     * @param failures       generations that failed
     * @param recentFailures the latest failures, newest first
     */
    public record Snapshot(long stateHits, long stateMisses, long generations, long failures,
            List<Failure> recentFailures) {
    }

    private final LongAdder stateHits = new LongAdder();
    private final LongAdder stateMisses = new LongAdder();
    private final LongAdder generations = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final Deque<Failure> recent = new ArrayDeque<>();
    private final AtomicInteger active = new AtomicInteger();
    private final List<GenerationListener> listeners = new CopyOnWriteArrayList<>();

    void stateHit() {
        stateHits.increment();
    }

    void stateMiss() {
        stateMisses.increment();
    }

    void generationStarted() {
        active.incrementAndGet();
    }

    void generationEnded() {
        active.decrementAndGet();
    }

    void generated(GenerationListener.Generated generation) {
        generations.increment();
        tell(l -> l.generated(generation));
    }

    void failed(GenerationListener.Failed failure, String message, Instant at) {
        failures.increment();
        String name = failure.name();
        synchronized (recent) {
            recent.removeIf(f -> f.name.equals(name));
            recent.addFirst(new Failure(name, message, at));
            while (recent.size() > RECENT_FAILURES) {
                recent.removeLast();
            }
        }
        tell(l -> l.failed(failure));
    }

    /** Calls every listener; one that throws is logged and does not keep the others from it. */
    private void tell(Consumer<GenerationListener> call) {
        for (GenerationListener l : listeners) {
            try {
                call.accept(l);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "generation listener " + l + " failed", e);
            }
        }
    }

    /**
     * Registers a listener, told of every generation from now on.
     *
     * @param listener the listener
     */
    public void addListener(GenerationListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Unregisters a listener.
     *
     * @param listener a listener given to {@link #addListener}
     * @return whether it was registered
     */
    public boolean removeListener(GenerationListener listener) {
        return listeners.remove(listener);
    }

    /**
     * Returns how many lookups the state cache answered.
     *
     * @return the count since the layer was made
     */
    public long stateHits() {
        return stateHits.sum();
    }

    /**
     * Returns how many lookups the state cache could not answer. A cache file already known to
     * exist in memory asks the state cache nothing, so a warm page counts neither.
     *
     * @return the count since the layer was made
     */
    public long stateMisses() {
        return stateMisses.sum();
    }

    /**
     * Returns how many images were generated and saved.
     *
     * @return the count since the layer was made
     */
    public long generations() {
        return generations.sum();
    }

    /**
     * Returns how many generations failed.
     *
     * @return the count since the layer was made
     */
    public long failures() {
        return failures.sum();
    }

    /**
     * Returns how many generations are under way now, in the background or in callers'
     * threads.
     *
     * @return the number of generations started and not yet ended
     */
    public int activeGenerations() {
        return active.get();
    }

    /**
     * Reads the counters.
     *
     * @return a consistent-enough snapshot (each counter is read once)
     */
    public Snapshot snapshot() {
        List<Failure> failed;
        synchronized (recent) {
            failed = List.copyOf(recent);
        }
        return new Snapshot(stateHits.sum(), stateMisses.sum(), generations.sum(), failures.sum(),
                failed);
    }
}
