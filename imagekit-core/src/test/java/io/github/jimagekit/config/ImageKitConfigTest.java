package io.github.jimagekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.source.SourceVersioning;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ImageKitConfigTest {

    @Test
    void defaults_matchDjangoImagekitWhereItHasASetting() {
        ImageKitConfig c = ImageKitConfig.defaults();
        assertThat(c.cacheFileDir()).isEqualTo("CACHE/images");
        assertThat(c.choice(ConfigKey.SPEC_CACHEFILE_NAMER)).isEqualTo("source-name-as-path");
        assertThat(c.choice(ConfigKey.CACHEFILE_NAMER)).isEqualTo("hash");
        assertThat(c.choice(ConfigKey.DEFAULT_CACHEFILE_STRATEGY)).isEqualTo("just-in-time");
        assertThat(c.choice(ConfigKey.DEFAULT_CACHEFILE_BACKEND)).isEqualTo("simple");
        assertThat(c.raw(ConfigKey.CACHE_PREFIX)).isEqualTo("imagekit:");
        assertThat(c.duration(ConfigKey.CACHE_TIMEOUT)).isEmpty();
        assertThat(c.duration(ConfigKey.CACHE_MISSING_TIMEOUT)).contains(Duration.ofSeconds(5));
        assertThat(c.number(ConfigKey.IMAGE_MAX_PIXELS)).isEqualTo(100_000_000L);
        assertThat(c.bool(ConfigKey.IMAGE_AUTO_ORIENT)).isTrue();
        assertThat(c.sourceVersioning()).isEqualTo(SourceVersioning.METADATA);
        assertThat(c.choice(ConfigKey.TEMPLATE_ON_ERROR)).isEqualTo("fail");
        assertThat(c.text(ConfigKey.STORAGE_ROOT)).isEmpty();
    }

    @Test
    void fromMap_validValues_areParsed() {
        ImageKitConfig c = ImageKitConfig.fromMap(Map.of(
                "imagekit.cachefile.dir", "thumbs/",
                "imagekit.cache.timeout", "2h",
                "imagekit.cache.missing-timeout", "PT0.5S",
                "imagekit.image.max-pixels", "50_000_000",
                "imagekit.default.cachefile.strategy", "com.example.MyStrategy",
                "imagekit.template.on-error", "FALLBACK",
                "imagekit.template.fallback-url", "/static/missing.png",
                "unrelated.context.param", "ignored"));

        assertThat(c.cacheFileDir()).isEqualTo("thumbs");
        assertThat(c.duration(ConfigKey.CACHE_TIMEOUT)).contains(Duration.ofHours(2));
        assertThat(c.duration(ConfigKey.CACHE_MISSING_TIMEOUT)).contains(Duration.ofMillis(500));
        assertThat(c.number(ConfigKey.IMAGE_MAX_PIXELS)).isEqualTo(50_000_000L);
        assertThat(c.choice(ConfigKey.DEFAULT_CACHEFILE_STRATEGY))
                .isEqualTo("com.example.MyStrategy");
        assertThat(c.choice(ConfigKey.TEMPLATE_ON_ERROR)).isEqualTo("fallback");
        assertThat(c.isSet(ConfigKey.CACHEFILE_DIR)).isTrue();
        assertThat(c.isSet(ConfigKey.CACHE_PREFIX)).isFalse();
    }

    @Test
    void set_unknownKey_failsNamingItAndSuggestingTheNearest() {
        assertThatThrownBy(() -> ImageKitConfig.builder().set("imagekit.cachefile.dri", "x"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("unknown setting \"imagekit.cachefile.dri\" (did you mean"
                        + " \"imagekit.cachefile.dir\"?)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "imagekit.cache.timeout|soon|must be a duration",
        "imagekit.cache.missing-timeout|-5s|must be a duration",
        "imagekit.image.max-pixels|0|must be a whole number from 1",
        "imagekit.image.max-pixels|lots|must be a whole number from 1",
        "imagekit.default.quality|101|must be from 1 to 100",
        "imagekit.image.auto-orient|yes|must be true or false",
        "imagekit.cache.backend|redis|must be one of ehcache, memory, none, or a class name",
        "imagekit.default.cachefile.backend|celery|must be one of simple, async, or a class name",
        "imagekit.storage.class|s3 storage|must be a class name",
        "imagekit.cachefile.dir|../outside|segment",
        "imagekit.storage.base-url|' '|must not be empty"})
    void build_badValue_failsNamingKeyAndValue(String key, String value, String reason) {
        assertThatThrownBy(() -> ImageKitConfig.builder().set(key, value).build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("setting \"" + key + "\" has a bad value \"" + value
                        + "\"")
                .hasMessageContaining(reason);
    }

    @Test
    void build_fallbackWithoutUrl_fails() {
        assertThatThrownBy(() -> ImageKitConfig.builder()
                .set("imagekit.template.on-error", "fallback").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageContaining("imagekit.template.fallback-url");
    }

    @Test
    void load_propertiesFile_readsUtf8Values(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("imagekit.properties");
        Files.writeString(file, "# comment\nimagekit.cache.prefix = blåbær:\n"
                + "imagekit.cache.backend=memory\n");

        ImageKitConfig c = ImageKitConfig.load(file);

        assertThat(c.raw(ConfigKey.CACHE_PREFIX)).isEqualTo("blåbær:");
        assertThat(c.choice(ConfigKey.CACHE_BACKEND)).isEqualTo("memory");
    }

    @Test
    void load_missingFile_failsWithoutThePath(@TempDir Path dir) {
        assertThatThrownBy(() -> ImageKitConfig.load(dir.resolve("nope.properties")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("cannot read nope.properties");
    }

    @Test
    void loadFromClasspath_presentAndAbsent(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(ImageKitConfig.FILE_NAME), "imagekit.cachefile.dir=t\n");
        try (URLClassLoader with = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
             URLClassLoader without = new URLClassLoader(new URL[0], null)) {
            Optional<ImageKitConfig> found = ImageKitConfig.loadFromClasspath(with);
            assertThat(found).map(ImageKitConfig::cacheFileDir).contains("t");
            assertThat(ImageKitConfig.loadFromClasspath(without)).isEmpty();
        }
    }

    @Test
    void toBuilder_keepsSettingsAndAllowsOverrides() {
        ImageKitConfig a = ImageKitConfig.builder().set("imagekit.cache.prefix", "a:").build();
        ImageKitConfig b = a.toBuilder().set("imagekit.cachefile.dir", "x").build();
        assertThat(b.raw(ConfigKey.CACHE_PREFIX)).isEqualTo("a:");
        assertThat(b.cacheFileDir()).isEqualTo("x");
        assertThat(a).isEqualTo(ImageKitConfig.builder().set("imagekit.cache.prefix", "a:")
                .build());
    }

    @Test
    void everyKey_hasAParseableDefault() {
        for (ConfigKey k : ConfigKey.values()) {
            assertThat(k.key()).startsWith(ImageKitConfig.PREFIX);
            assertThat(ConfigKey.forKey(k.key())).contains(k);
        }
        assertThat(ImageKitConfig.builder().build()).isEqualTo(ImageKitConfig.defaults());
    }
}
