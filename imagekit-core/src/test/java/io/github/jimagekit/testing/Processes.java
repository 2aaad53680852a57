package io.github.jimagekit.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops the servers tests start as processes (Tomcat, redis-server, S3Proxy). */
public final class Processes {

    private Processes() {
    }

    /**
     * Stops a process as a service manager does: SIGTERM (which runs a JVM's shutdown hooks),
     * then, when it has not ended within the grace period, SIGKILL. Interrupted, it kills the
     * process and keeps the thread's interrupt.
     *
     * @param process the process
     * @param grace   how long it may take to end after SIGTERM
     */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
