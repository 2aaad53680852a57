package io.github.jimagekit.example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real Tomcat 10.1, started from the distribution Maven unpacked ({@code tomcat.home}, see
 * the {@code unpack-tomcat} execution in {@code pom.xml}) with {@code bin/catalina.sh run}, in
 * a fresh {@code CATALINA_BASE} of its own: a free port on 127.0.0.1, no shutdown port, the
 * distribution's {@code conf/} otherwise, and the WAR deployed as {@code webapps/ROOT.war}.
 * The host checks its WARs every second, so replacing the WAR redeploys it. Everything
 * Tomcat logs goes to {@code logs/console.log}.
 */
final class TomcatServer implements Site, AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path base;
    private final int port;
    private final Process process;

    private TomcatServer(Path base, int port, Process process) {
        this.base = base;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts Tomcat with the example WAR and waits until the gallery answers.
     *
     * @param base        the {@code CATALINA_BASE} to make (emptied first)
     * @param environment environment variables for the JVM, such as the gallery's folders
     * @return the running server
     * @throws IOException when the base cannot be made
     */
    static TomcatServer start(Path base, Map<String, String> environment) throws IOException {
        return start(base, war(), environment);
    }

    /**
     * Starts Tomcat with a WAR and waits until the gallery in it answers.
     *
     * @param base        the {@code CATALINA_BASE} to make (emptied first)
     * @param war         the WAR, deployed as {@code webapps/ROOT.war}
     * @param environment environment variables for the JVM, such as the gallery's folders
     * @return the running server
     * @throws IOException when the base cannot be made
     */
    static TomcatServer start(Path base, Path war, Map<String, String> environment)
            throws IOException {
        Path home = Path.of(required("tomcat.home"));
        SamplePhotos.deleteTree(base);
        for (String d : new String[] {"logs", "temp", "webapps", "work"}) {
            Files.createDirectories(base.resolve(d));
        }
        try (Stream<Path> conf = Files.list(home.resolve("conf"))) {
            Files.createDirectories(base.resolve("conf"));
            for (Path p : conf.filter(Files::isRegularFile).toList()) {
                Files.copy(p, base.resolve("conf").resolve(p.getFileName()));
            }
        }
        int port = freePort();
        Files.writeString(base.resolve("conf/server.xml"), serverXml(port));
        Files.copy(war, base.resolve("webapps/ROOT.war"));
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/catalina.sh").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("logs/console.log").toFile());
        pb.environment().put("CATALINA_HOME", home.toString());
        pb.environment().put("CATALINA_BASE", base.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CATALINA_OPTS", "-Xmx768m -Djava.awt.headless=true");
        pb.environment().putAll(environment);
        TomcatServer server = new TomcatServer(base, port, pb.start());
        server.awaitPage("/status", r -> r.statusCode() == 200);
        return server;
    }

    /**
     * Returns the built WAR.
     *
     * @return {@code target/example.war}
     */
    static Path war() {
        return Path.of(required("example.war"));
    }

    @Override
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * Redeploys the WAR, as an administrator copying a new build over the old one does: the
     * new file is moved into place at once, with a newer modification time.
     *
     * @throws IOException when the WAR cannot be copied
     */
    void redeploy() throws IOException {
        Path temp = base.resolve("temp/ROOT.war.new");
        Files.copy(war(), temp, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(temp, FileTime.from(Instant.now().plusSeconds(2)));
        Files.move(temp, base.resolve("webapps/ROOT.war"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Polls a page until it satisfies a condition.
     *
     * @param path      the page
     * @param condition what the response must satisfy
     * @return the satisfying response
     * @throws IllegalStateException with the end of Tomcat's log when it never does or Tomcat
     *     died
     */
    HttpResponse<String> awaitPage(String path, Predicate<HttpResponse<String>> condition) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                HttpResponse<String> r = get(path);
                if (condition.test(r)) {
                    return r;
                }
            } catch (UncheckedIOException e) {
                // not listening yet
            }
            pause();
        }
        throw new IllegalStateException("Tomcat did not serve " + path + " as expected"
                + (process.isAlive() ? "" : " (it exited)") + "; end of its log:\n" + logTail());
    }

    /**
     * Returns what Tomcat logged so far.
     *
     * @return the console log
     */
    String log() {
        try {
            return Files.readString(base.resolve("logs/console.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops Tomcat as a service manager does (SIGTERM runs its shutdown hook). */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private String logTail() {
        String log = log();
        return log.substring(Math.max(0, log.length() - 4000));
    }

    private static String serverXml(int port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Server port="-1" shutdown="SHUTDOWN">
                  <Listener className="org.apache.catalina.startup.VersionLoggerListener"/>
                  <Listener className="org.apache.catalina.core.JreMemoryLeakPreventionListener"/>
                  <Listener className="org.apache.catalina.core.ThreadLocalLeakPreventionListener"/>
                  <Service name="Catalina">
                    <Connector port="%d" address="127.0.0.1" protocol="HTTP/1.1"
                               connectionTimeout="20000"/>
                    <Engine name="Catalina" defaultHost="localhost" backgroundProcessorDelay="1">
                      <Host name="localhost" appBase="webapps" unpackWARs="true"
                            autoDeploy="true"/>
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

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null) {
            throw new IllegalStateException("system property " + property + " is not set: run"
                    + " the integration tests through Maven (./mvnw -B verify)");
        }
        return v;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
