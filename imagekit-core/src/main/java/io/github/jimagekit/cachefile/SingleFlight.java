package io.github.jimagekit.cachefile;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Runs at most one piece of work per key at a time in this JVM: the first caller works, the
 * others wait for its result (or its exception) instead of repeating it.
 */
final class SingleFlight<T> {

    private final ConcurrentMap<String, CompletableFuture<T>> inFlight = new ConcurrentHashMap<>();

    /**
     * Runs the work, or waits for the run already under way for the same key.
     *
     * @param key  the work's key
     * @param work the work
     * @return the work's result
     * @throws RuntimeException what the work threw, to every caller that waited for it
     */
    T run(String key, Supplier<T> work) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        CompletableFuture<T> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return await(running);
        }
        try {
            T result = work.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /**
     * Tells whether work is under way for a key.
     *
     * @param key the work's key
     * @return whether a caller is running it now
     */
    boolean isRunning(String key) {
        return inFlight.containsKey(key);
    }

    private static <T> T await(CompletableFuture<T> running) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return running.get();
                } catch (InterruptedException e) {
                    // keep waiting: the leader will finish; restore the flag afterwards
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    if (cause instanceof Error err) {
                        throw err;
                    }
                    throw new CompletionException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
