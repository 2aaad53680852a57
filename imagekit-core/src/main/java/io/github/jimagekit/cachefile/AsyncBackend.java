package io.github.jimagekit.cachefile;

import java.lang.System.Logger.Level;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Generates on a bounded pool of its own, or on an executor it was given (which it neither
 * sizes nor stops); a full queue (a rejected task) makes the caller generate. A file is
 * scheduled at most once at a time.
 */
final class AsyncBackend implements CacheFileBackend {

    private static final System.Logger LOG = System.getLogger(AsyncBackend.class.getName());

    /** Where generations run: the own pool, or the executor given. */
    private final Executor executor;
    /** The own pool; {@code null} when the executor was given. */
    private final ThreadPoolExecutor pool;
    private volatile boolean closed;
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    /** The pool's threads, so that close() can wait until they have ended; pruned of ended ones. */
    private final Set<Thread> workers = ConcurrentHashMap.newKeySet();

    AsyncBackend(int threads, int queueSize) {
        if (threads < 1 || queueSize < 1) {
            throw new IllegalArgumentException("threads and queue size must be at least 1: "
                    + threads + ", " + queueSize);
        }
        String pool = Integer.toHexString(System.identityHashCode(this));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "imagekit-async-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            workers.removeIf(old -> !old.isAlive());
            workers.add(t);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueSize), factory, new ThreadPoolExecutor.AbortPolicy());
        this.pool.allowCoreThreadTimeOut(true);
        this.executor = this.pool;
    }

    AsyncBackend(Executor executor) {
        this.executor = executor;
        this.pool = null;
    }

    @Override
    public void generate(ImageCacheFile file, boolean force) {
        StateKeeper owner = file.owner().states();
        if (!force && owner.isSettled(file)) {
            return;
        }
        String name = file.name();
        if (!scheduled.add(name)) {
            return;
        }
        if (!force && !owner.markScheduled(file)) {
            scheduled.remove(name);
            return;
        }
        try {
            if (closed) {
                throw new RejectedExecutionException("closed");
            }
            executor.execute(() -> {
                try {
                    owner.ensureExists(file, force);
                } catch (RuntimeException e) {
                    // recorded as a failure state and in the statistics by ensureExists
                    LOG.log(Level.DEBUG, "background generation failed: {0}", e.getMessage());
                } finally {
                    scheduled.remove(name);
                }
            });
        } catch (RejectedExecutionException e) {
            scheduled.remove(name);
            if (closed) {
                throw new IllegalStateException("the async backend is closed", e);
            }
            // queue full: the caller generates, so nothing is lost and memory stays bounded
            owner.ensureExists(file, force);
        }
    }

    @Override
    public boolean isAsync() {
        return true;
    }

    @Override
    public int queued() {
        return pool != null ? pool.getQueue().size() : 0;
    }

    /**
     * Stops the pool and returns once its threads have ended (a thread of an undeployed web
     * application's class loader that is still alive is a leak), waiting at most 10 seconds
     * and logging a warning that names each thread still alive then.
     */
    @Override
    public void close() {
        closed = true;
        if (pool == null) {
            // the executor's owner stops it: a container's managed executor must not be shut
            return;
        }
        pool.shutdownNow();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
            for (Thread t : workers) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                t.join(Math.max(1, left));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        workers.stream().filter(Thread::isAlive).forEach(t -> LOG.log(Level.WARNING,
                "background generation thread \"" + t.getName() + "\" did not end within 10 s"));
    }

    @Override
    public String toString() {
        return pool != null ? "CacheFileBackend.async(" + pool.getMaximumPoolSize() + " threads)"
                : "CacheFileBackend.async(" + executor + ")";
    }
}
