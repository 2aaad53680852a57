package io.github.jimagekit.cli;

import io.github.jimagekit.testing.Processes;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real Tomcat 10.1 (the distribution Maven unpacked, {@code tomcat.home}) run with
 * {@code bin/catalina.sh run} in a {@code CATALINA_BASE} of its own: a free port on 127.0.0.1,
 * no shutdown port, and the WARs already in its {@code webapps/} deployed at start.
 */
final class Tomcat implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path base;
    private final int port;
    private final Process process;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build();

    private Tomcat(Path base, int port, Process process) {
        this.base = base;
        this.port = port;
        this.process = process;
    }

    /**
     * Makes an empty {@code CATALINA_BASE}.
     *
     * @param base the directory
     * @return its {@code webapps/} directory, where WARs go before {@link #start}
     * @throws IOException when it cannot be made
     */
    static Path prepare(Path base) throws IOException {
        Path home = home();
        for (String d : new String[] {"logs", "temp", "webapps", "work", "conf"}) {
            Files.createDirectories(base.resolve(d));
        }
        try (Stream<Path> conf = Files.list(home.resolve("conf"))) {
            for (Path p : conf.filter(Files::isRegularFile).toList()) {
                Files.copy(p, base.resolve("conf").resolve(p.getFileName()));
            }
        }
        return base.resolve("webapps");
    }

    /**
     * Starts Tomcat on a prepared base.
     *
     * @param base        the {@code CATALINA_BASE}
     * @param environment environment variables of Tomcat's JVM
     * @param javaOptions options of Tomcat's JVM ({@code CATALINA_OPTS})
     * @return the running server
     * @throws IOException when it cannot be started
     */
    static Tomcat start(Path base, Map<String, String> environment, String javaOptions)
            throws IOException {
        int port = freePort();
        Files.writeString(base.resolve("conf/server.xml"), serverXml(port));
        Path home = home();
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("logs/console.log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("IMAGEKIT_"));
        pb.environment().put("CATALINA_HOME", home.toString());
        pb.environment().put("CATALINA_BASE", base.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CATALINA_OPTS", "-Xmx256m -Djava.awt.headless=true "
                + javaOptions);
        pb.environment().putAll(environment);
        return new Tomcat(base, port, pb.start());
    }

    /**
     * Fetches a page, waiting until Tomcat answers it with 200.
     *
     * @param path the path, with the context path
     * @return the body
     * @throws IllegalStateException with the end of Tomcat's log when it never does, or an
     *     application failed to start
     * @throws IOException when the log cannot be read
     * @throws InterruptedException when interrupted while waiting
     */
    String await(String path) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + path)).build();
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> r = client.send(request,
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() == 200) {
                    return r.body();
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (log().contains("startup failed due to previous errors")) {
                break;
            }
            Thread.sleep(200);
        }
        String log = log();
        throw new IllegalStateException("Tomcat did not serve " + path + "; end of its log:\n"
                + log.substring(Math.max(0, log.length() - 6000)));
    }

    private String log() throws IOException {
        return Files.readString(base.resolve("logs/console.log"));
    }

    /** Stops Tomcat as a service manager does (SIGTERM runs its shutdown hook). */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(60));
    }

    private static Path home() {
        String home = System.getProperty("tomcat.home");
        if (home == null) {
            throw new IllegalStateException("system property tomcat.home is not set: run the"
                    + " integration tests through Maven (./mvnw -B verify)");
        }
        return Path.of(home);
    }

    private static String serverXml(int port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1" shutdown="SHUTDOWN">
                  <Service name="Catalina">
                    <Connector port="%d" address="127.0.0.1" protocol="HTTP/1.1"
                               connectionTimeout="20000"/>
                    <Engine name="Catalina" defaultHost="localhost">
                      <Host name="localhost" appBase="webapps" unpackWARs="true"
                            autoDeploy="false"/>
                    </Engine>
                  </Service>
                </Server>
                """.formatted(port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
