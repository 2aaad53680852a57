package io.github.jimagekit.servlet;

import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

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

    private static final long WAIT_MILLIS = 5_000;
    private static final System.Logger LOG = System.getLogger(EhcacheThreads.class.getName());

    private EhcacheThreads() {
    }

    /**
     * Stops the flush thread of the Ehcache an application's class loader defined, and waits
     * (at most five seconds) for it to end. Call it after the application's caches are closed:
     * a disk tier used afterwards in the same class loader could not free pages any more.
     *
     * @param application the stopping application's class loader
     * @return whether a flush thread of the application's Ehcache was stopped
     */
    static boolean release(ClassLoader application) {
        if (ClassLoaders.isSystem(application) || !threadRuns()) {
            // nothing started it: the class need not even be loaded
            return false;
        }
        Class<?> pageSource;
        try {
            pageSource = Class.forName(PAGE_SOURCE, false, application);
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        if (!ClassLoaders.isWithin(pageSource.getClassLoader(), application)) {
            return false;
        }
        try {
            Object retryer = read(pageSource, null, "ASYNC_FLUSH_EXECUTOR");
            ExecutorService executor = (ExecutorService) read(retryer.getClass(), retryer,
                    "executor");
            executor.shutdownNow();
            return executor.awaitTermination(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Ehcache version: report it rather than fail the undeployment
            LOG.log(Level.WARNING, () -> "cannot stop Ehcache's \"" + THREAD_NAME + "\": " + e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
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
