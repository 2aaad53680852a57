package io.github.jimagekit.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.core.HazelcastInstance;
import io.github.jimagekit.servlet.ImageKitInitializer;
import jakarta.servlet.ServletContext;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One application node of the cluster test, run in a JVM of its own by {@link NodeProcess}:
 * a Hazelcast client of the shared cluster, then an embedded Jetty on a free loopback port
 * serving a web application that the servlet bootstrap ({@link ImageKitInitializer}) gives its
 * kit, built from the {@code -Dimagekit.*} settings alone (S3 storage, JCache state cache), its
 * cache-file servlet at {@code /media/*}, the page at {@code /page} and the status at
 * {@code /status}. It prints {@code node ready <port>} once it serves.
 *
 * <p>Its own settings: {@code cluster.hazelcast.name}, {@code cluster.hazelcast.members}
 * (comma-separated addresses), {@code cluster.hazelcast.client} (the client's instance name,
 * which {@code imagekit.jcache.properties} names), {@code cluster.sources} and
 * {@code cluster.geometries} (comma-separated: the page's images).
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    /**
     * Starts the node and serves until the JVM is stopped.
     *
     * @param args none
     * @throws Exception when it cannot start
     */
    public static void main(String[] args) throws Exception {
        try {
            serve();
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);  // the Hazelcast client's threads would keep the JVM up
        }
    }

    private static void serve() throws Exception {
        HazelcastInstance client = hazelcastClient();
        ServletContextHandler app = new ServletContextHandler();
        app.setContextPath("/");
        // what any container gives (the bootstrap wants it even when S3 holds the files)
        app.setAttribute(ServletContext.TEMPDIR, Files.createTempDirectory("cluster-node")
                .toFile());
        app.addServletContainerInitializer(new ImageKitInitializer());
        app.addServlet(new ServletHolder(new PageServlet(list("cluster.sources"),
                list("cluster.geometries"))), "/page");
        ServletHolder status = new ServletHolder(new StatusServlet());
        status.setInitOrder(1);
        app.addServlet(status, "/status");
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(app);
        server.setStopAtShutdown(true);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(client::shutdown));
        System.out.println("node ready " + connector.getLocalPort());
        System.out.flush();
        server.join();
    }

    private static HazelcastInstance hazelcastClient() {
        ClientConfig c = new ClientConfig()
                .setClusterName(System.getProperty("cluster.hazelcast.name"))
                .setInstanceName(System.getProperty("cluster.hazelcast.client"));
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "none");
        c.getNetworkConfig().setAddresses(list("cluster.hazelcast.members"));
        return HazelcastClient.newHazelcastClient(c);
    }

    private static List<String> list(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("system property " + property + " is not set");
        }
        return Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
