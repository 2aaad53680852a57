package io.github.jimagekit.example;

import java.net.URI;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty 12 serving one web application on a free port of 127.0.0.1: what
 * {@link JettyWar} and {@link GalleryServer} run their web applications on.
 */
final class LoopbackJetty implements AutoCloseable {

    private final Server server;
    private final ServerConnector connector;

    private LoopbackJetty(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Starts a server for a web application, stopping it again when the start fails.
     *
     * @param webapp the web application, served at its context path
     * @return the running server
     * @throws Exception when it does not start
     */
    static LoopbackJetty start(WebAppContext webapp) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(webapp);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        return new LoopbackJetty(server, connector);
    }

    /**
     * Returns an absolute URI on this server.
     *
     * @param path a path starting with {@code /}
     * @return the URI
     */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
