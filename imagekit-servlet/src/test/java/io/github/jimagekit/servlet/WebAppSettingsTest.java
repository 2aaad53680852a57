package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class WebAppSettingsTest {

    private static final String KEY = "imagekit.cache.prefix";
    private static final String VARIABLE = "IMAGEKIT_CACHE_PREFIX";

    @TempDir
    Path classes;

    private FakeWebApp app;
    private final Map<String, String> system = new LinkedHashMap<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    @BeforeEach
    void app() {
        app = new FakeWebApp(classes);
        system.put("java.version", "17");
        environment.put("PATH", "/usr/bin");
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    private ImageKitConfig read() {
        return WebAppSettings.read(app, system, environment);
    }

    /** Sets {@link #KEY} to the source's own name in each of the given sources. */
    private void setIn(String sources) {
        for (String s : sources.split(" ")) {
            switch (s) {
                case "class-path" -> app.classPathFile("imagekit.properties", KEY + "=" + s);
                case "web-inf" -> app.file("/WEB-INF/imagekit.properties", KEY + "=" + s);
                case "parameter" -> app.parameter(KEY, s);
                case "environment" -> environment.put(VARIABLE, s);
                case "system" -> system.put(KEY, s);
                default -> throw new IllegalArgumentException(s);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "class-path web-inf parameter environment system, system",
        "class-path web-inf parameter environment, environment",
        "class-path web-inf parameter, parameter",
        "class-path web-inf, web-inf",
        "class-path, class-path",
        "system class-path, system",
        "environment web-inf, environment",
        "parameter class-path, parameter"})
    void read_keySetInSeveralSources_theHighestWins(String sources, String winner) {
        setIn(sources);

        assertThat(read().raw(ConfigKey.CACHE_PREFIX)).isEqualTo(winner);
    }

    @Test
    void read_nothingSet_givesTheDefaults() {
        assertThat(read()).isEqualTo(ImageKitConfig.defaults());
    }

    @Test
    void read_eachSourceSetsItsOwnKey_allAreKept() {
        app.classPathFile("imagekit.properties", "imagekit.cachefile.dir=from-class-path\n");
        app.file("/WEB-INF/imagekit.properties", "imagekit.cache.backend=memory\n");
        app.parameter("imagekit.default.quality", "70").parameter("other.parameter", "x");
        environment.put("IMAGEKIT_SOURCE_VERSION_TTL", "2m");
        system.put("imagekit.async.threads", "3");

        ImageKitConfig c = read();

        assertThat(c.cacheFileDir()).isEqualTo("from-class-path");
        assertThat(c.choice(ConfigKey.CACHE_BACKEND)).isEqualTo("memory");
        assertThat(c.number(ConfigKey.DEFAULT_QUALITY)).isEqualTo(70);
        assertThat(c.duration(ConfigKey.SOURCE_VERSION_TTL)).contains(Duration.ofMinutes(2));
        assertThat(c.number(ConfigKey.ASYNC_THREADS)).isEqualTo(3);
    }

    @Test
    void read_environmentVariables_mapOntoKeysWithDotsAndDashes() {
        environment.put("IMAGEKIT_CACHE_DISK_DIR", "/var/cache/imagekit");
        environment.put("IMAGEKIT_CACHE_MISSING_TIMEOUT", "1s");
        environment.put("IMAGEKIT_DEFAULT_CACHEFILE_BACKEND", "async");

        ImageKitConfig c = read();

        assertThat(c.raw(ConfigKey.CACHE_DISK_DIR)).isEqualTo("/var/cache/imagekit");
        assertThat(c.duration(ConfigKey.CACHE_MISSING_TIMEOUT)).contains(Duration.ofSeconds(1));
        assertThat(c.choice(ConfigKey.DEFAULT_CACHEFILE_BACKEND)).isEqualTo("async");
    }

    @Test
    void read_environmentVariableOfAModuleKey_setsIt() {
        environment.put("IMAGEKIT_SERVLET_PATH", "/thumbs/*");
        environment.put("IMAGEKIT_SERVLET_ENABLED", "false");

        ImageKitConfig c = read();

        assertThat(c.get(ServletKeys.SERVLET_PATH)).isEqualTo("/thumbs/*");
        assertThat(c.get(ServletKeys.SERVLET_ENABLED)).isFalse();
    }

    @Test
    void read_environmentVariableOfNoKey_isIgnoredAndTheOthersApply() {
        environment.put("IMAGEKIT_PRIVATE_KEY", "another library's secret");
        environment.put("IMAGEKIT_CACHE_BACKEND", "memory");

        ImageKitConfig c = read();

        assertThat(c.choice(ConfigKey.CACHE_BACKEND)).isEqualTo("memory");
        assertThat(c.toString()).doesNotContain("secret");
    }

    @ParameterizedTest
    @CsvSource({
        "class-path, imagekit.properties on the class path",
        "web-inf, /WEB-INF/imagekit.properties",
        "parameter, a context parameter",
        "environment, environment variable IMAGEKIT_DEFAULT_QUALITY",
        "system, system property imagekit.default.quality"})
    void read_badValue_failsNamingKeyValueAndWhereItWasSet(String source, String origin) {
        String key = "imagekit.default.quality";
        switch (source) {
            case "class-path" -> app.classPathFile("imagekit.properties", key + "=101");
            case "web-inf" -> app.file("/WEB-INF/imagekit.properties", key + "=101");
            case "parameter" -> app.parameter(key, "101");
            case "environment" -> environment.put("IMAGEKIT_DEFAULT_QUALITY", "101");
            default -> system.put(key, "101");
        }

        assertThatThrownBy(this::read).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.default.quality\" has a bad value \"101\": must"
                        + " be from 1 to 100 (set in " + origin + ")");
    }

    @Test
    void read_unknownKey_failsNamingWhereItWasSet() {
        app.file("/WEB-INF/imagekit.properties", "imagekit.cache.backnd=memory\n");

        assertThatThrownBy(this::read).isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("unknown setting \"imagekit.cache.backnd\" (did you mean"
                        + " \"imagekit.cache.backend\"?) (set in /WEB-INF/imagekit.properties)");
    }

    @Test
    void read_badValueOverriddenByAHigherSource_isNotAnError() {
        app.file("/WEB-INF/imagekit.properties", "imagekit.default.quality=101\n");
        system.put("imagekit.default.quality", "60");

        assertThat(read().number(ConfigKey.DEFAULT_QUALITY)).isEqualTo(60);
    }

    @Test
    void read_malformedWebInfFile_failsNamingIt() {
        app.file("/WEB-INF/imagekit.properties", "imagekit.cache.prefix=\\u12\n");

        assertThatThrownBy(this::read).isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("cannot read /WEB-INF/imagekit.properties: ");
    }
}
