package io.github.jimagekit.jcache;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.jimagekit.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A {@code redis-server} (Debian's package) started by a test on a free loopback port, with no
 * persistence. Where the binary is missing the test is skipped, except under CI
 * ({@code CI=true}), where it fails.
 */
final class RedisServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts a server and waits until it accepts connections.
     *
     * @return the server
     */
    static RedisServer start() {
        Path binary = binary().orElse(null);
        if (binary == null) {
            String message = "redis-server is not installed (apt-get install redis-server)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + ", and CI must run the Redis tests");
            }
            Assumptions.abort(message + ": Redis tests skipped");
        }
        int port = HazelcastCluster.freePorts(1).get(0);
        try {
            Process p = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            RedisServer server = new RedisServer(p, port);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
    }

    private static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(List.of(path.split(":")).stream(),
                        Stream.of("/usr/bin", "/usr/sbin"))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, "redis-server"))
                .filter(Files::isExecutable).findFirst();
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", ie);
                }
            }
        }
        close();
        throw new IllegalStateException("redis-server did not listen on port " + port);
    }

    /**
     * Returns the server's address as Redisson takes it.
     *
     * @return {@code redis://127.0.0.1:<port>}
     */
    String address() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }
}
