package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class EhcacheThreadsTest {

    @Test
    void release_ehcacheOfTheApplication_stopsItsFlushThread() throws Exception {
        try (URLClassLoader webApp = new URLClassLoader(new URL[] {
            jarOf("org.ehcache.CacheManager"), jarOf("org.slf4j.LoggerFactory")},
                ClassLoader.getPlatformClassLoader())) {
            Set<Thread> started = startFlushThread(webApp);
            assertThat(started).as("the thread a freed disk page starts").hasSize(1);

            assertThat(EhcacheThreads.release(webApp)).isTrue();

            assertThat(started).allSatisfy(t -> assertThat(t.isAlive()).isFalse());
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

    /** Starts the flush executor's thread of the Ehcache a class loader sees, as a freed page does. */
    private static Set<Thread> startFlushThread(ClassLoader loader) throws Exception {
        Set<Thread> before = flushThreads();
        Field f = Class.forName(EhcacheThreads.PAGE_SOURCE, true, loader)
                .getDeclaredField("ASYNC_FLUSH_EXECUTOR");
        f.setAccessible(true);
        Object retryer = f.get(null);
        CountDownLatch ran = new CountDownLatch(1);
        retryer.getClass().getMethod("completeAsynchronously", Runnable.class)
                .invoke(retryer, (Runnable) ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
        Set<Thread> started = new HashSet<>(flushThreads());
        started.removeAll(before);
        return started;
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
