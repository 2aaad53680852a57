package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.servlet.ImageKitInitializer;
import io.github.jimagekit.testing.TestImages;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextAttributeEvent;
import jakarta.servlet.ServletContextAttributeListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.support.SpringBootServletInitializer;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A Spring Boot application packaged as a WAR and deployed to a container (Tomcat 11, Boot 4's
 * Servlet 6.1): the container runs Spring's initializer, which starts the application, and
 * imagekit-servlet's {@link ImageKitInitializer}, in an order that depends on the container.
 * Either way the application has exactly one kit, the starter's, in the {@code ServletContext},
 * and its cache-file servlet serves that kit's files.
 */
final class WarDeploymentTest {

    @TempDir
    Path work;

    /** The application, as {@code SpringBootServletInitializer} starts it in a container. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class BootWar {
    }

    /** What the application's {@code SpringBootServletInitializer} subclass would be. */
    static final class BootWarInitializer extends SpringBootServletInitializer {

        @Override
        protected SpringApplicationBuilder configure(SpringApplicationBuilder builder) {
            return builder.sources(BootWar.class);
        }
    }

    /** Every distinct value put into the kit's {@code ServletContext} attribute, in order. */
    static final class KitsSet implements ServletContextAttributeListener {

        final List<Object> kits = new ArrayList<>();

        @Override
        public void attributeAdded(ServletContextAttributeEvent event) {
            add(event, event.getValue());
        }

        @Override
        public void attributeReplaced(ServletContextAttributeEvent event) {
            // the event holds the old value; the new one is in the context
            add(event, event.getServletContext().getAttribute(event.getName()));
        }

        private void add(ServletContextAttributeEvent event, Object value) {
            if (event.getName().equals(ImageKit.CONTEXT_ATTRIBUTE) && !kits.contains(value)) {
                kits.add(value);
            }
        }
    }

    @ParameterizedTest(name = "Spring's initializer first: {0}")
    @ValueSource(booleans = {true, false})
    void deploy_bothInitializersInEitherOrder_leaveOneKitTheStarters(boolean springFirst)
            throws Exception {
        Path root = Files.createDirectories(work.resolve("media/photos"));
        Files.write(root.resolve("dog.png"), TestImages.encode(TestImages.quadrants(80, 60),
                "png"));
        KitsSet kitsSet = new KitsSet();
        ServletContainerInitializer spring = (classes, context) ->
                new BootWarInitializer().onStartup(context);

        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(work.resolve("tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.getService().addConnector(connector);
        Context context = tomcat.addContext("", Files.createDirectories(work.resolve("docs"))
                .toString());
        // as a deployer would: a context parameter, which Boot's environment reads
        context.addParameter("imagekit.storage.root", work.resolve("media").toString());
        context.addParameter("imagekit.cache.backend", "memory");
        context.addServletContainerInitializer((classes, c) -> c.addListener(kitsSet), null);
        context.addServletContainerInitializer(springFirst ? spring : new ImageKitInitializer(),
                null);
        context.addServletContainerInitializer(springFirst ? new ImageKitInitializer() : spring,
                null);
        tomcat.start();
        try {
            ServletContext servletContext = context.getServletContext();
            WebApplicationContext application = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(servletContext);
            ImageKit kit = application.getBean(ImageKit.class);

            assertThat(kitsSet.kits).containsExactly(kit);
            assertThat(servletContext.getAttribute(ImageKit.CONTEXT_ATTRIBUTE)).isSameAs(kit);
            ImageCacheFile thumbnail = kit.thumbnail("photos/dog.png", "40x30");
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + connector.getLocalPort() + thumbnail.url()))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(served.statusCode()).isEqualTo(200);
            assertThat(TestImages.decode(served.body()).getWidth()).isEqualTo(40);
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
