package io.github.jimagekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ModuleSettingsTest {

    @TempDir
    Path dir;

    /** Declares a core key's name, which must fail. */
    public static final class ClashingKeys implements SettingKeys {
        @Override
        public List<SettingKey<?>> keys() {
            return List.of(SettingKey.text("imagekit.cache.prefix", "", "Clashes."));
        }
    }

    /** Declares a name {@link TestModuleKeys} declares too. */
    public static final class DuplicateKeys implements SettingKeys {
        @Override
        public List<SettingKey<?>> keys() {
            return List.of(SettingKey.bool("imagekit.test-module.enabled", false, "Twice."));
        }
    }

    @Test
    void get_moduleKeySet_returnsTheParsedValue() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            ImageKitConfig c = ImageKitConfig.builder(loader)
                    .set("imagekit.test-module.endpoint", " https://s3.example.com ")
                    .set("imagekit.test-module.enabled", "FALSE").build();

            assertThat(c.get(TestModuleKeys.ENDPOINT))
                    .isEqualTo(URI.create("https://s3.example.com"));
            assertThat(c.get(TestModuleKeys.ENABLED)).isFalse();
            assertThat(c.isSet(TestModuleKeys.ENABLED)).isTrue();
        }
    }

    @Test
    void get_moduleKeyNotSet_returnsItsDefault() {
        ImageKitConfig c = ImageKitConfig.defaults();

        assertThat(c.get(TestModuleKeys.ENDPOINT)).isEqualTo(URI.create("http://localhost:9000"));
        assertThat(c.get(TestModuleKeys.ENABLED)).isTrue();
        assertThat(c.isSet(TestModuleKeys.ENABLED)).isFalse();
    }

    @Test
    void build_badModuleValue_failsNamingKeyAndValue() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            ImageKitConfig.Builder b = ImageKitConfig.builder(loader)
                    .set("imagekit.test-module.endpoint", "ftp://old");

            assertThatThrownBy(b::build).isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("setting \"imagekit.test-module.endpoint\" has a bad value"
                            + " \"ftp://old\": must be an http:// or https:// URL")
                    .extracting(e -> ((InvalidConfigurationException) e).key())
                    .isEqualTo(java.util.Optional.of("imagekit.test-module.endpoint"));
        }
    }

    @Test
    void set_mistypedModuleKey_failsSuggestingTheModulesKey() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            assertThatThrownBy(() -> ImageKitConfig.builder(loader)
                    .set("imagekit.test-module.enabld", "true"))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("unknown setting \"imagekit.test-module.enabld\" (did you mean"
                            + " \"imagekit.test-module.enabled\"?)");
        }
    }

    @Test
    void set_moduleKeyWithoutItsModule_failsAsUnknown() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir)) {
            assertThatThrownBy(() -> ImageKitConfig.builder(loader)
                    .set("imagekit.test-module.enabled", "true"))
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessageStartingWith("unknown setting \"imagekit.test-module.enabled\"");
        }
    }

    @Test
    void keyNames_listsCoreAndModuleKeys() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            assertThat(ImageKitConfig.builder(loader).keyNames())
                    .contains("imagekit.cache.backend", "imagekit.test-module.endpoint")
                    .hasSize(ConfigKey.values().length + 2);
        }
    }

    @Test
    void toBuilder_keepsModuleSettingsAndTheirKeys() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            ImageKitConfig a = ImageKitConfig.builder(loader)
                    .set("imagekit.test-module.enabled", "false").build();
            ImageKitConfig b = a.toBuilder().set("imagekit.test-module.endpoint", "http://x")
                    .build();

            assertThat(b.get(TestModuleKeys.ENABLED)).isFalse();
            assertThat(b.get(TestModuleKeys.ENDPOINT)).isEqualTo(URI.create("http://x"));
            assertThat(a).isNotEqualTo(b).isEqualTo(a.toBuilder().build());
            assertThat(b.toString()).contains("imagekit.test-module.endpoint=http://x");
        }
    }

    @Test
    void builder_withoutLoader_usesTheThreadsContextLoader() throws IOException {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            t.setContextClassLoader(loader);
            ImageKitConfig c = ImageKitConfig.fromMap(Map.of("imagekit.test-module.enabled",
                    "false"));

            assertThat(c.get(TestModuleKeys.ENABLED)).isFalse();
        } finally {
            t.setContextClassLoader(previous);
        }
    }

    @Test
    void discovery_keyOfTheCore_fails() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, ClashingKeys.class)) {
            assertThatThrownBy(() -> ImageKitConfig.builder(loader).keyNames())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("setting \"imagekit.cache.prefix\" of "
                            + ClashingKeys.class.getName() + " is a core setting already");
        }
    }

    @Test
    void discovery_sameNameTwice_failsNamingBothModules() throws IOException {
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class,
                DuplicateKeys.class)) {
            assertThatThrownBy(() -> ImageKitConfig.builder(loader).keyNames())
                    .isInstanceOf(InvalidConfigurationException.class)
                    .hasMessage("setting \"imagekit.test-module.enabled\" is declared twice, by "
                            + TestModuleKeys.class.getName() + " and by "
                            + DuplicateKeys.class.getName());
        }
    }

    @Test
    void loadFromClasspath_readsModuleKeysOfThatLoader() throws IOException {
        Files.writeString(dir.resolve(ImageKitConfig.FILE_NAME),
                "imagekit.test-module.enabled=false\n");
        try (URLClassLoader loader = ModuleJar.listing(dir, TestModuleKeys.class)) {
            assertThat(ImageKitConfig.loadFromClasspath(loader))
                    .map(c -> c.get(TestModuleKeys.ENABLED)).contains(false);
        }
    }

    @Test
    void durationKey_parsesTheCoresDurationForms() {
        SettingKey<Duration> ttl = SettingKey.duration("imagekit.x.ttl", "1h", "A lifetime.");

        assertThat(ttl.parse(ttl.defaultValue())).isEqualTo(Duration.ofHours(1));
        assertThat(ttl.parse(" 500ms ")).isEqualTo(Duration.ofMillis(500));
        assertThat(ttl.parse("PT2M")).isEqualTo(Duration.ofMinutes(2));
        assertThatThrownBy(() -> ttl.parse("soon"))
                .hasMessage("must be a duration such as 500ms, 5s, 10m, 2h, 1d or PT5S");
    }

    @Test
    void settingKey_malformedNameOrBadDefault_failsAtDeclaration() {
        assertThatThrownBy(() -> SettingKey.text("s3.bucket", "", "No prefix."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("setting name \"s3.bucket\" must be \"imagekit.\"");
        assertThatThrownBy(() -> SettingKey.bool("imagekit.x.on", true, "ok")
                .parse("maybe")).hasMessage("must be true or false");
        assertThatThrownBy(() -> SettingKey.of("imagekit.x.port", "many", "A port.",
                Integer::parseInt)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("default \"many\" of setting \"imagekit.x.port\"");
    }
}
