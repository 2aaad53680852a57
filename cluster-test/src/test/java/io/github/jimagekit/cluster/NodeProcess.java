package io.github.jimagekit.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link ClusterNode} in a JVM of its own, started with {@code java -cp} on the test's class
 * path; its output goes to {@code <name>.log} in the work directory.
 */
final class NodeProcess implements AutoCloseable {

    private static final String READY = "node ready ";
    private static final long START_SECONDS = 120;

    private final String name;
    private final Process process;
    private final URI base;

    private NodeProcess(String name, Process process, URI base) {
        this.name = name;
        this.process = process;
        this.base = base;
    }

    /**
     * Starts a node and waits until it serves.
     *
     * @param name       the node's name, for its log
     * @param properties its system properties (settings)
     * @param workDir    where its log goes
     * @return the running node
     * @throws IOException when it does not come up
     */
    static NodeProcess start(String name, Map<String, String> properties, Path workDir)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                ClusterNode.class.getName()));
        Path log = workDir.resolve(name + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> copy(p, log, port), name + "-log");
        drain.setDaemon(true);
        drain.start();
        try {
            int bound = port.get(START_SECONDS, TimeUnit.SECONDS);
            return new NodeProcess(name, p, URI.create("http://127.0.0.1:" + bound));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("node " + name + " did not start; see " + log, e);
        }
    }

    private static void copy(Process p, Path log, CompletableFuture<Integer> port) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line + "\n");
                out.flush();
                if (line.startsWith(READY)) {
                    port.complete(Integer.parseInt(line.substring(READY.length()).strip()));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
            return;
        }
        port.completeExceptionally(new IOException("the node's JVM exited"));
    }

    /**
     * Returns a URL on this node.
     *
     * @param path a path starting with {@code /}, or an absolute URL's path
     * @return the URL
     */
    URI uri(String path) {
        return base.resolve(path);
    }

    /**
     * Returns the node's name.
     *
     * @return its name
     */
    String name() {
        return name;
    }

    /** Kills the node's JVM as {@code kill -9} would: no shutdown hook runs. */
    void kill() {
        process.destroyForcibly();
    }

    /** Stops the node's JVM. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Override
    public String toString() {
        return name + " at " + base;
    }
}
