package io.github.jimagekit.servlet;

import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops the one thread Ehcache's disk tier (the persistent state cache,
 * {@code imagekit.cache.disk.dir}) starts and never stops: the "MappedByteBufferSource Async
 * Flush Thread" of the offheap store Ehcache 3 bundles, kept in a static field and started the
 * first time the disk tier frees a page (after a removal, for example). When Ehcache sits in
 * the application's {@code WEB-INF/lib}, that thread would outlive an undeployment and keep the
 * application's class loader alive (Tomcat reports it as "appears to have started a thread
 * named [MappedByteBufferSource Async Flush Thread] but has failed to stop it";
 * Terracotta-OSS/offheap-store#38, ehcache3#3204).
 *
 * <p>It is stopped only when the application's class loader defined Ehcache: an Ehcache on the
 * container's or the JVM's class path is shared and left alone.
 */
final class EhcacheThreads {

    /** The class holding the executor, as Ehcache 3 shades it. */
    static final String PAGE_SOURCE =
            "org.ehcache.shadow.org.terracotta.offheapstore.disk.paging.MappedPageSource";

    /** The thread's name. */
    static final String THREAD_NAME = "MappedByteBufferSource Async Flush Thread";

    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final System.Logger LOG = System.getLogger(EhcacheThreads.class.getName());

    private EhcacheThreads() {
    }

    /**
     * Stops the flush thread of the Ehcache an application's class loader defined, and returns
     * only once that thread has ended (waiting at most five seconds, then logging a
     * {@code WARNING} that names the thread). Call it after the application's caches are
     * closed: a disk tier used afterwards in the same class loader could not free pages any
     * more.
     *
     * @param application the stopping application's class loader
     * @return whether a flush thread of the application's Ehcache was stopped and has ended
     */
    static boolean release(ClassLoader application) {
        if (ClassLoaders.isSystem(application) || !threadRuns()) {
            // nothing started it: the class need not even be loaded
            return false;
        }
        ThreadPoolExecutor executor;
        try {
            executor = executor(application);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Ehcache version: report it rather than fail the undeployment
            LOG.log(Level.WARNING, () -> "cannot stop Ehcache's \"" + THREAD_NAME + "\": " + e);
            return false;
        }
        if (executor == null || executor.getPoolSize() == 0) {
            return false;
        }
        try {
            return stop(executor, System.nanoTime() + WAIT_NANOS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The flush executor of the Ehcache the application defined, or null for another's. */
    private static ThreadPoolExecutor executor(ClassLoader application)
            throws ReflectiveOperationException {
        Class<?> pageSource;
        try {
            pageSource = Class.forName(PAGE_SOURCE, false, application);
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        if (!ClassLoaders.isWithin(pageSource.getClassLoader(), application)) {
            return null;
        }
        Object retryer = read(pageSource, null, "ASYNC_FLUSH_EXECUTOR");
        return (ThreadPoolExecutor) read(retryer.getClass(), retryer, "executor");
    }

    /**
     * Learns which thread the executor runs (its one core thread runs a task that says so),
     * stops the executor and waits for that thread to end.
     */
    private static boolean stop(ThreadPoolExecutor executor, long deadline)
            throws InterruptedException {
        CompletableFuture<Thread> worker = new CompletableFuture<>();
        executor.execute(() -> worker.complete(Thread.currentThread()));
        Thread thread;
        try {
            thread = worker.get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | TimeoutException e) {
            thread = null;
        }
        executor.shutdownNow();
        executor.awaitTermination(remaining(deadline), TimeUnit.NANOSECONDS);
        if (thread != null) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining(deadline))));
        }
        if (thread == null || thread.isAlive()) {
            String name = thread == null ? "\"" + THREAD_NAME + "\""
                    : "\"" + thread.getName() + "\" (thread id " + thread.getId() + ")";
            LOG.log(Level.WARNING, () -> "Ehcache's " + name + " did not end within "
                    + TimeUnit.NANOSECONDS.toSeconds(WAIT_NANOS) + " s of being stopped; it may"
                    + " keep the application's class loader until it does");
            return false;
        }
        return true;
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static boolean threadRuns() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(THREAD_NAME));
    }

    private static Object read(Class<?> type, Object target, String name)
            throws ReflectiveOperationException {
        Field f = type.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(target);
    }
}
