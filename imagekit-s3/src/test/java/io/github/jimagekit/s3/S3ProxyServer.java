package io.github.jimagekit.s3;

import io.github.jimagekit.testing.Processes;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Proxy 2.6.0 with its in-memory blob store, in a JVM of its own started from its
 * self-contained jar (the build passes its path as {@code s3proxy.jar}): its Jetty 11 never
 * meets the project's Jetty 12. It binds port 0 on loopback and the port is read from its log.
 * The credentials are the system properties {@code aws.accessKeyId} and
 * {@code aws.secretAccessKey}, which the SDK's default chain reads too. Published in the
 * module's test-jar: the cluster test ({@code cluster-test}) shares one with its node JVMs.
 */
public final class S3ProxyServer implements AutoCloseable {

    /** Jetty's line when the connector is up: {@code ...{127.0.0.1:40123}}. */
    private static final Pattern STARTED =
            Pattern.compile("Started ServerConnector.*\\{127\\.0\\.0\\.1:(\\d+)}");
    private static final long START_SECONDS = 120;

    private final Process process;
    private final URI endpoint;

    private S3ProxyServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /**
     * Starts a server and waits until it listens.
     *
     * @param workDir where its settings and log go
     * @return the running server
     * @throws IOException when it cannot be started or does not come up
     */
    public static S3ProxyServer start(Path workDir) throws IOException {
        String jar = Objects.requireNonNull(System.getProperty("s3proxy.jar"),
                "system property s3proxy.jar (set by the build: run through Maven)");
        Files.createDirectories(workDir);
        Path settings = workDir.resolve("s3proxy.properties");
        Files.write(settings, List.of(
                "s3proxy.endpoint=http://127.0.0.1:0",
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + identity(),
                "s3proxy.credential=" + secret(),
                "jclouds.provider=transient",
                "jclouds.identity=" + identity(),
                "jclouds.credential=" + secret()));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder pb = new ProcessBuilder(java.toString(), "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-jar", jar, "--properties", settings.toString())
                .redirectErrorStream(true);
        Process p = pb.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread drain = new Thread(() -> drain(p, workDir.resolve("s3proxy.log"), port),
                "s3proxy-log");
        drain.setDaemon(true);
        drain.start();
        try {
            int bound = port.get(START_SECONDS, TimeUnit.SECONDS);
            return new S3ProxyServer(p, URI.create("http://127.0.0.1:" + bound));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            p.destroyForcibly();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("S3Proxy did not start; see " + workDir.resolve("s3proxy.log"),
                    e);
        }
    }

    /** Copies the server's output to its log, reporting the port when it is bound. */
    private static void drain(Process p, Path log, CompletableFuture<Integer> port) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(log)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                Matcher m = STARTED.matcher(line);
                if (m.find()) {
                    out.flush();
                    port.complete(Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            port.completeExceptionally(e);
            return;
        }
        port.completeExceptionally(new IOException("S3Proxy exited"));
    }

    /**
     * Returns the access key id the server accepts.
     *
     * @return the system property {@code aws.accessKeyId}
     */
    public static String identity() {
        return Objects.requireNonNull(System.getProperty("aws.accessKeyId"),
                "system property aws.accessKeyId (set by the build)");
    }

    /**
     * Returns the secret key the server accepts.
     *
     * @return the system property {@code aws.secretAccessKey}
     */
    public static String secret() {
        return Objects.requireNonNull(System.getProperty("aws.secretAccessKey"),
                "system property aws.secretAccessKey (set by the build)");
    }

    /**
     * Returns the server's URL.
     *
     * @return {@code http://127.0.0.1:<port>}
     */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Makes a client for the server, for tests that set up or inspect buckets.
     *
     * @return a client; the caller closes it
     */
    public S3Client client() {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(identity(), secret())))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    /** Stops the server's JVM. */
    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(10));
    }

    @Override
    public String toString() {
        return "S3Proxy at " + endpoint;
    }
}
