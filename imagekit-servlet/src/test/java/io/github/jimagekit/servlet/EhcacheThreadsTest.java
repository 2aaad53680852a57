package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EhcacheThreadsTest {

    @Test
    void release_ehcacheOfTheApplication_returnsOnceItsFlushThreadHasEnded() throws Exception {
        try (URLClassLoader webApp = webApp()) {
            Set<Thread> started = startFlushThread(webApp);
            assertThat(started).as("the thread a freed disk page starts").hasSize(1);

            assertThat(EhcacheThreads.release(webApp)).isTrue();

            // no waiting here: release returned after the thread ended
            assertThat(started).allSatisfy(t -> assertThat(t.isAlive()).as(t.getName())
                    .isFalse());
            assertThat(flushThreads()).doesNotContainAnyElementsOf(started);
        }
    }

    @Test
    void release_threadThatDoesNotEnd_warnsNamingItAndReturnsFalse() throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                warnings.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger(EhcacheThreads.class.getName());
        log.addHandler(handler);
        try (URLClassLoader webApp = webApp()) {
            Set<Thread> started = startFlushThread(webApp);
            // a flush that ignores the interrupt, as a slow disk would hold the thread
            schedule(webApp, () -> awaitUninterruptibly(done));

            assertThat(EhcacheThreads.release(webApp)).isFalse();

            assertThat(warnings).singleElement().satisfies(r -> {
                assertThat(r.getLevel()).isEqualTo(java.util.logging.Level.WARNING);
                assertThat(r.getMessage()).contains("\"" + EhcacheThreads.THREAD_NAME + "\"")
                        .contains("did not end within 5 s of being stopped");
            });
            done.countDown();
            for (Thread t : started) {
                t.join(10_000);
                assertThat(t.isAlive()).as("ends once its flush does").isFalse();
            }
        } finally {
            done.countDown();
            log.removeHandler(handler);
        }
    }

    @Test
    void release_ehcacheOfTheJvmsClassPath_isLeftAlone() throws Exception {
        Set<Thread> started = startFlushThread(ClassLoader.getSystemClassLoader());
        try (URLClassLoader webApp = new URLClassLoader(new URL[0],
                ClassLoader.getSystemClassLoader())) {

            assertThat(EhcacheThreads.release(ClassLoader.getSystemClassLoader())).isFalse();
            assertThat(EhcacheThreads.release(webApp)).as("an application that only sees it")
                    .isFalse();
        }
        Set<Thread> all = flushThreads();
        assertThat(all).as("still there for the JVM's other users").isNotEmpty()
                .containsAll(started);
    }

    /** A class loader that defines Ehcache itself, as a web application's does. */
    private static URLClassLoader webApp() throws ClassNotFoundException {
        return new URLClassLoader(new URL[] {jarOf("org.ehcache.CacheManager"),
            jarOf("org.slf4j.LoggerFactory")}, ClassLoader.getPlatformClassLoader());
    }

    /** Starts the flush thread of the Ehcache a class loader sees, as a freed page does. */
    private static Set<Thread> startFlushThread(ClassLoader loader) throws Exception {
        Set<Thread> before = flushThreads();
        CountDownLatch ran = new CountDownLatch(1);
        schedule(loader, ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        Set<Thread> started = new HashSet<>(flushThreads());
        started.removeAll(before);
        return started;
    }

    /** Runs a task on the flush executor of the Ehcache a class loader sees. */
    private static void schedule(ClassLoader loader, Runnable task) throws Exception {
        Field f = Class.forName(EhcacheThreads.PAGE_SOURCE, true, loader)
                .getDeclaredField("ASYNC_FLUSH_EXECUTOR");
        f.setAccessible(true);
        Object retryer = f.get(null);
        retryer.getClass().getMethod("completeAsynchronously", Runnable.class)
                .invoke(retryer, task);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // ignored on purpose: this flush does not stop when asked
            }
        }
    }

    private static Set<Thread> flushThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(EhcacheThreads.THREAD_NAME))
                .collect(Collectors.toSet());
    }

    private static URL jarOf(String className) throws ClassNotFoundException {
        return Class.forName(className).getProtectionDomain().getCodeSource().getLocation();
    }
}
