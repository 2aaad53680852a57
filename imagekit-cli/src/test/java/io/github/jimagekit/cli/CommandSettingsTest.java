package io.github.jimagekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The precedence of a run's settings, highest first: {@code -D}, {@code --config}, system
 * properties, {@code IMAGEKIT_*}, {@code web.xml} context parameters,
 * {@code WEB-INF/imagekit.properties}, class-path {@code imagekit.properties}. Each adjacent
 * pair shares one key, so every step of the order is pinned.
 */
final class CommandSettingsTest {

    @TempDir
    Path dir;

    private WebApp app;

    @BeforeEach
    void war() throws IOException {
        TestWebApp.explode(dir);
        Files.writeString(dir.resolve("WEB-INF/web.xml"), webXml(Map.of(
                "imagekit.async.threads", "3",
                "imagekit.async.queue", "30",
                "other.parameter", "ignored")));
        write("WEB-INF/imagekit.properties", "imagekit.default.quality=72",
                "imagekit.async.threads=2");
        write("WEB-INF/classes/imagekit.properties", "imagekit.default.quality=71",
                "imagekit.cache.prefix=classes:");
    }

    private void write(String path, String... lines) throws IOException {
        Files.write(dir.resolve(path), List.of(lines));
    }

    static String webXml(Map<String, String> parameters) {
        StringBuilder params = new StringBuilder();
        parameters.forEach((k, v) -> params.append("  <context-param><param-name>").append(k)
                .append("</param-name><param-value>").append(v)
                .append("</param-value></context-param>\n"));
        return "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">\n"
                + params + "</web-app>\n";
    }

    private ImageKitConfig read(Map<String, String> file, Map<String, String> defines,
            Map<String, String> properties, Map<String, String> variables) throws IOException {
        try (WebApp a = WebApp.open(dir, getClass().getClassLoader())) {
            return CommandSettings.read(a, file, defines, properties, variables);
        }
    }

    @Test
    void read_eachSourceOverTheNext_highestWins() throws IOException {
        ImageKitConfig c = read(
                Map.of("imagekit.image.max-pixels", "1000", "imagekit.cache.disk.size-mb", "6"),
                Map.of("imagekit.image.max-pixels", "2000"),
                Map.of("imagekit.cache.disk.size-mb", "5", "imagekit.cache.heap-entries", "40",
                        "java.version", "ignored"),
                Map.of("IMAGEKIT_CACHE_HEAP_ENTRIES", "50", "IMAGEKIT_ASYNC_QUEUE", "60",
                        "PATH", "/usr/bin"));

        assertThat(c.raw(ConfigKey.CACHE_PREFIX)).isEqualTo("classes:");
        assertThat(c.raw(ConfigKey.DEFAULT_QUALITY)).isEqualTo("72");
        assertThat(c.raw(ConfigKey.ASYNC_THREADS)).isEqualTo("3");
        assertThat(c.raw(ConfigKey.ASYNC_QUEUE)).isEqualTo("60");
        assertThat(c.raw(ConfigKey.CACHE_HEAP_ENTRIES)).isEqualTo("40");
        assertThat(c.raw(ConfigKey.CACHE_DISK_SIZE_MB)).isEqualTo("6");
        assertThat(c.raw(ConfigKey.IMAGE_MAX_PIXELS)).isEqualTo("2000");
    }

    @Test
    void read_badValueReplacedByADefine_isNotParsed() throws IOException {
        write("WEB-INF/imagekit.properties", "imagekit.cache.backend=redis");

        ImageKitConfig c = read(Map.of(), Map.of("imagekit.cache.backend", "none"), Map.of(),
                Map.of());

        assertThat(c.raw(ConfigKey.CACHE_BACKEND)).isEqualTo("none");
    }

    @Test
    void read_badValue_namesWhereItWasSet() {
        assertThatThrownBy(() -> read(Map.of(), Map.of("imagekit.cache.backend", "redis"),
                Map.of(), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("setting \"imagekit.cache.backend\" has a bad value"
                        + " \"redis\"")
                .hasMessageEndingWith(" (set in -D imagekit.cache.backend)");
        assertThatThrownBy(() -> read(Map.of("imagekit.cache.backend", "redis"), Map.of(),
                Map.of(), Map.of()))
                .hasMessageEndingWith(" (set in --config)");
        assertThatThrownBy(() -> read(Map.of(), Map.of(),
                Map.of("imagekit.cache.backend", "redis"), Map.of()))
                .hasMessageEndingWith(" (set in system property imagekit.cache.backend)");
        assertThatThrownBy(() -> read(Map.of(), Map.of(), Map.of(),
                Map.of("IMAGEKIT_CACHE_BACKEND", "redis")))
                .hasMessageEndingWith(" (set in environment variable IMAGEKIT_CACHE_BACKEND)");
    }

    @Test
    void read_unknownKeyInWebXml_namesTheContextParameter() throws IOException {
        Files.writeString(dir.resolve("WEB-INF/web.xml"), webXml(Map.of(
                "imagekit.cache.backnd", "memory")));

        assertThatThrownBy(() -> read(Map.of(), Map.of(), Map.of(), Map.of()))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("unknown setting \"imagekit.cache.backnd\" (did you mean"
                        + " \"imagekit.cache.backend\"?) (set in a context parameter)");
    }

    @Test
    void read_classPathApp_readsItsImagekitProperties() {
        ImageKitConfig c = CommandSettings.read(new ClassPathApp(getClass().getClassLoader()),
                Map.of(), Map.of(), Map.of(), Map.of());

        assertThat(c.raw(ConfigKey.CACHE_PREFIX)).isEqualTo("test-classpath:");
    }
}
