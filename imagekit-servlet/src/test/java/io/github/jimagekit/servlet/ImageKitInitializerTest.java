package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.SettingKeys;
import io.github.jimagekit.testing.TestImages;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImageKitInitializerTest {

    @TempDir
    Path work;

    private Path sources;

    @BeforeEach
    void photos() {
        sources = work.resolve("sources");
        EmbeddedWebApp.photo(sources, "photos/dog.jpg", TestImages.quadrants(400, 300));
    }

    private EmbeddedWebApp.Builder app() {
        return EmbeddedWebApp.withDogPhoto(work);
    }

    private static Element thumbnail(EmbeddedWebApp app, String contextPath) {
        HttpResponse<String> page = app.get(contextPath
                + "/thumbnail?geometry=40x30&src=photos/dog.jpg");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Jsoup.parse(page.body()).selectFirst("img");
    }

    private static void assertServes(EmbeddedWebApp app, String src) {
        HttpResponse<byte[]> image = app.getBytes(src);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(TestImages.decode(image.body()).getWidth()).isEqualTo(40);
    }

    @Test
    void serviceLoader_findsTheInitializer() {
        assertThat(ServiceLoader.load(ServletContainerInitializer.class).stream()
                .map(ServiceLoader.Provider::type)).contains(ImageKitInitializer.class);
    }

    @Test
    void settings_contextParametersOverrideThePropertiesFile() throws Exception {
        try (EmbeddedWebApp app = app()
                .parameter("imagekit.template.fallback-url", "/static/from-param.png")
                .parameter("unrelated.parameter", "ignored")
                .start()) {
            ImageKitConfig config = app.kit().config();

            assertThat(config.raw(ConfigKey.TEMPLATE_FALLBACK_URL))
                    .isEqualTo("/static/from-param.png");
            assertThat(config.choice(ConfigKey.CACHE_BACKEND)).as("from the properties file")
                    .isEqualTo("memory");
            assertThat(app.kit().registry().generators().ids()).contains(TestSpecs.AVATAR);
        }
    }

    @Test
    void badValue_failsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> app().parameter("imagekit.cache.backend", "redis").start())
                .hasStackTraceContaining("jimagekit: setting \"imagekit.cache.backend\" has a bad"
                        + " value \"redis\": must be one of ehcache, memory, none");
    }

    @Test
    void unknownKey_failsTheDeploymentSuggestingTheKnownOne() {
        assertThatThrownBy(() -> app().parameter("imagekit.cache.backnd", "memory").start())
                .hasStackTraceContaining("unknown setting \"imagekit.cache.backnd\" (did you"
                        + " mean \"imagekit.cache.backend\"?) (set in a context parameter)");
    }

    @Test
    void noStorageRoot_usesTheContainersTemporaryDirectory() throws Exception {
        try (EmbeddedWebApp app = EmbeddedWebApp.builder(work)
                .parameter("imagekit.source.root", sources.toString()).start()) {
            Path root = Path.of(app.kit().config().raw(ConfigKey.STORAGE_ROOT));

            assertThat(root).startsWithRaw(work.resolve("jetty"))
                    .endsWithRaw(Path.of("imagekit-media"));
            Element img = thumbnail(app, "");
            assertServes(app, img.attr("src"));
            assertThat(root.resolve(img.attr("src").substring("/media/".length()))).exists();
        }
    }

    @Test
    void contextPath_isPartOfTheCacheFileUrls() throws Exception {
        try (EmbeddedWebApp app = app().contextPath("/shop").start()) {
            String src = thumbnail(app, "/shop").attr("src");

            assertThat(src).startsWith("/shop/media/CACHE/images/photos/dog/");
            assertServes(app, src);
        }
    }

    @Test
    void servletPath_isWhereFilesAreServed() throws Exception {
        try (EmbeddedWebApp app = app().parameter("imagekit.servlet.path", "/thumbs/*")
                .start()) {
            String src = thumbnail(app, "").attr("src");

            assertThat(src).startsWith("/thumbs/CACHE/images/");
            assertServes(app, src);
        }
    }

    @Test
    void servletDisabled_leavesServingToTheCdn() throws Exception {
        try (EmbeddedWebApp app = app().parameter("imagekit.servlet.enabled", "false")
                .parameter("imagekit.storage.base-url", "https://cdn.example.com/media/")
                .start()) {
            String src = thumbnail(app, "").attr("src");

            assertThat(src).startsWith("https://cdn.example.com/media/CACHE/images/");
            String path = src.substring("https://cdn.example.com".length());
            assertThat(app.getBytes(path).statusCode()).isEqualTo(404);
            assertThat(Files.exists(work.resolve("media").resolve(path.substring(7)))).isTrue();
        }
    }

    @Test
    void servletPathTaken_failsTheDeploymentNamingTheKey() {
        assertThatThrownBy(() -> app()
                .customize(c -> c.addServlet(DefaultServlet.class, "/media/*")).start())
                .hasStackTraceContaining("setting \"imagekit.servlet.path\": \"/media/*\" is"
                        + " mapped to another servlet already");
    }

    @Test
    void undeploy_closesTheKitStopsItsThreadsAndReleasesTheStateCache() throws Exception {
        Path states = work.resolve("states");
        try (EmbeddedWebApp app = app()
                .parameter("imagekit.default.cachefile.backend", "async")
                .parameter("imagekit.cache.backend", "ehcache")
                .parameter("imagekit.cache.disk.dir", states.toString())
                .start()) {
            thumbnail(app, "");
            assertThat(asyncThreads()).isPositive();

            app.stopContext();

            assertThat(app.context().getServletContext()
                    .getAttribute(ImageKit.CONTEXT_ATTRIBUTE)).isNull();
            assertThat(asyncThreads()).isZero();
            // a closed Ehcache releases its disk directory: a new kit can open it
            try (ImageKit next = ImageKit.builder().discover(false)
                    .config(ImageKitConfig.builder()
                            .set("imagekit.storage.root", work.resolve("media").toString())
                            .set("imagekit.cache.disk.dir", states.toString()).build())
                    .build()) {
                assertThat(next.cacheFiles().stateCache()).isNotNull();
            }
        }
    }

    @Test
    void existingKit_isUsedAndLeftOpenOnUndeploy() throws Exception {
        try (ImageKit own = ImageKit.builder()
                .config(ImageKitConfig.builder()
                        .set("imagekit.storage.root", work.resolve("own").toString())
                        .set("imagekit.source.root", sources.toString()).build())
                .build();
             EmbeddedWebApp app = EmbeddedWebApp.builder(work)
                     .attribute(ImageKit.CONTEXT_ATTRIBUTE, own).start()) {
            assertThat(app.kit()).isSameAs(own);
            assertServes(app, thumbnail(app, "").attr("src"));
            assertThat(own.storageStatistics().total()).isPositive();

            app.stopContext();

            assertThat(own.thumbnail("photos/dog.jpg", "41x").width()).isEqualTo(41);
        }
    }

    @Test
    void noKit_frontEndsFailSayingHowToSetOneUp() throws Exception {
        try (EmbeddedWebApp app = EmbeddedWebApp.builder(work).withoutInitializer().start()) {
            HttpResponse<String> page = app.get("/thumbnail?geometry=10x10&src=a.jpg");
            Document doc = Jsoup.parse(page.body());

            assertThat(doc.getElementById("message").text()).isEqualTo("no ImageKit in the"
                    + " ServletContext attribute \"io.github.jimagekit.ImageKit\": put"
                    + " imagekit-servlet in WEB-INF/lib (imagekit-jsp-taglib and"
                    + " imagekit-thymeleaf bring it) so that its initializer builds one, or set"
                    + " the attribute before the application starts");
        }
    }

    @Test
    void attributeOfAnotherType_failsTheDeploymentNamingTheType() {
        assertThatThrownBy(() -> EmbeddedWebApp.builder(work)
                .attribute(ImageKit.CONTEXT_ATTRIBUTE, "not a kit").start())
                .hasStackTraceContaining("jimagekit: the ServletContext attribute"
                        + " \"io.github.jimagekit.ImageKit\" holds a java.lang.String, not this"
                        + " application's ImageKit");
    }

    @Test
    void springBootStarterOnTheClassPath_buildsNoKitAndMapsNoServlet() throws Exception {
        Path classes = work.resolve("boot-war-classes");
        Path starter = classes.resolve(ImageKitInitializer.SPRING_BOOT_STARTER.replace('.', '/')
                + ".class");
        Files.createDirectories(starter.getParent());
        Files.write(starter, new byte[0]);
        try (URLClassLoader bootWar = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader());
             EmbeddedWebApp app = app().customize(c -> c.setClassLoader(bootWar)).start()) {
            ServletContext context = app.context().getServletContext();

            assertThat(ImageKitInitializer.hasSpringBootStarter(bootWar)).isTrue();
            assertThat(context.getAttribute(ImageKit.CONTEXT_ATTRIBUTE)).isNull();
            assertThat(context.getServletRegistration(ImageKitInitializer.SERVLET_NAME)).isNull();
            assertThat(app.get("/media/CACHE/images/photos/dog/x.jpg").statusCode())
                    .isEqualTo(404);
        }
        assertThat(ImageKitInitializer.hasSpringBootStarter(getClass().getClassLoader()))
                .isFalse();
    }

    @Test
    void serviceLoader_findsTheServletKeys() {
        assertThat(ServiceLoader.load(SettingKeys.class).stream()
                .map(ServiceLoader.Provider::type)).contains(ServletKeys.class);
    }

    private static long asyncThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("imagekit-async-")).count();
    }
}
