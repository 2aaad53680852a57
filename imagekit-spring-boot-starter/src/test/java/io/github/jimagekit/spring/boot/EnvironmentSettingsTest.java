package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.servlet.ServletKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

final class EnvironmentSettingsTest {

    private static ImageKitConfig read(Map<String, Object> properties) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return EnvironmentSettings.read(env, EnvironmentSettingsTest.class.getClassLoader());
    }

    @Test
    void read_relaxedNames_setTheKitsKeys() {
        ImageKitConfig c = read(Map.of("imagekit.storage.root", "/srv/media",
                "imagekit.storage.baseUrl", "/img/", "imagekit.default.QUALITY", "70",
                "imagekit.cache.disk.size_mb", "12"));

        assertThat(c.raw(ConfigKey.STORAGE_ROOT)).isEqualTo("/srv/media");
        assertThat(c.raw(ConfigKey.STORAGE_BASE_URL)).isEqualTo("/img/");
        assertThat(c.number(ConfigKey.DEFAULT_QUALITY)).isEqualTo(70);
        assertThat(c.number(ConfigKey.CACHE_DISK_SIZE_MB)).isEqualTo(12);
    }

    @Test
    void read_environmentVariable_setsTheKey() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                Map.of("IMAGEKIT_CACHE_BACKEND", "memory", "IMAGEKIT_HOME", "/opt/other")));

        ImageKitConfig c = EnvironmentSettings.read(env, getClass().getClassLoader());

        assertThat(c.choice(ConfigKey.CACHE_BACKEND)).isEqualTo("memory");
    }

    @Test
    void read_placeholder_isResolved() {
        ImageKitConfig c = read(Map.of("app.media", "/data", "imagekit.storage.root",
                "${app.media}/cache"));

        assertThat(c.raw(ConfigKey.STORAGE_ROOT)).isEqualTo("/data/cache");
    }

    @Test
    void read_pregenerateAsAList_isJoinedAsTheKitReadsIt() {
        ImageKitConfig list = read(Map.of("imagekit.pregenerate[0]", "app:*",
                "imagekit.pregenerate[1]", "imagekit:thumbnail"));
        ImageKitConfig text = read(Map.of("imagekit.pregenerate", "app:*,imagekit:thumbnail"));

        assertThat(list.raw(ConfigKey.PREGENERATE)).isEqualTo("app:*,imagekit:thumbnail");
        assertThat(text.raw(ConfigKey.PREGENERATE)).isEqualTo("app:*,imagekit:thumbnail");
    }

    @Test
    void read_moduleKey_isBoundAndChecked() {
        ImageKitConfig c = read(Map.of("imagekit.servlet.path", "/images/*"));

        assertThat(c.get(ServletKeys.SERVLET_PATH)).isEqualTo("/images/*");
        assertThatThrownBy(() -> read(Map.of("imagekit.servlet.path", "/images")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("setting \"imagekit.servlet.path\" has a bad value"
                        + " \"/images\"")
                .hasMessageContaining("(set in ");
    }

    @Test
    void read_badValue_failsNamingKeyValueAndOrigin() {
        assertThatThrownBy(() -> read(Map.of("imagekit.default.quality", "120")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("setting \"imagekit.default.quality\" has a bad value"
                        + " \"120\"")
                .hasMessageEndingWith("(set in \"imagekit.default.quality\" from property"
                        + " source \"test\")")
                .satisfies(e -> assertThat(((InvalidConfigurationException) e).key())
                        .contains("imagekit.default.quality"));
    }

    @Test
    void read_unknownKey_failsWithTheNearestKnownKey() {
        assertThatThrownBy(() -> read(Map.of("imagekit.storage.rot", "/srv")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("unknown setting \"imagekit.storage.rot\"")
                .hasMessageContaining("imagekit.storage.root");
    }

    @Test
    void read_noBaseUrl_followsContextPathAndServletPath() {
        ImageKitConfig c = read(Map.of("server.servlet.context-path", "/shop/",
                "imagekit.servlet.path", "/img/*"));

        assertThat(c.raw(ConfigKey.STORAGE_BASE_URL)).isEqualTo("/shop/img/");
    }

    @Test
    void read_noBaseUrlAndServletOff_keepsTheDefault() {
        ImageKitConfig c = read(Map.of("imagekit.servlet.enabled", "false",
                "server.servlet.context-path", "/shop"));

        assertThat(c.raw(ConfigKey.STORAGE_BASE_URL)).isEqualTo("/media/");
    }
}
