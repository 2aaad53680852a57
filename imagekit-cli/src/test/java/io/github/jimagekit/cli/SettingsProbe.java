package io.github.jimagekit.cli;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.servlet.ImageKitInitializer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Resolves one WAR's settings twice in this JVM, with its system properties and environment:
 * as the running application on embedded Jetty (the kit that jimagekit's initializer built), and
 * as {@code generateimages --webapp} does. Prints {@code app=...}, {@code cli=...} and
 * {@code equal=true|false}. Run in a JVM of its own by {@link SettingsEqualityTest}, which sets
 * the environment variables.
 */
final class SettingsProbe {

    private SettingsProbe() {
    }

    /**
     * Runs the probe.
     *
     * @param args the WAR, then a work directory for Jetty
     * @throws Exception when Jetty or the application fails to start
     */
    public static void main(String[] args) throws Exception {
        Path war = Path.of(args[0]);
        ImageKitConfig app = application(war, Files.createDirectories(Path.of(args[1])));
        ImageKitConfig cli = command(war);
        System.out.println("app=" + app);
        System.out.println("cli=" + cli);
        System.out.println("equal=" + app.equals(cli));
    }

    /** The settings of the kit the application built on Jetty. */
    static ImageKitConfig application(Path war, Path work) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setWar(war.toString());
        context.setTempDirectory(work.toFile());
        context.setThrowUnavailableOnStartupException(true);
        context.addServletContainerInitializer(new ImageKitInitializer());
        server.setHandler(context);
        server.start();
        try {
            ImageKit kit = (ImageKit) context.getServletContext()
                    .getAttribute(ImageKit.CONTEXT_ATTRIBUTE);
            return kit.config();
        } finally {
            server.stop();
        }
    }

    /** The settings {@code generateimages --webapp WAR} runs with. */
    static ImageKitConfig command(Path war) throws Exception {
        PrintStream ignored = new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8);
        GenerateImagesCommand command = new GenerateImagesCommand(ignored, ignored, false, 1,
                Environment.current());
        try (WebApp app = WebApp.open(war, SettingsProbe.class.getClassLoader())) {
            return command.settings(app, Map.of());
        }
    }
}
