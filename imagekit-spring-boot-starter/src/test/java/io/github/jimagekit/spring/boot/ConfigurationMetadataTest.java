package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped {@code META-INF/spring-configuration-metadata.json}, which IDEs read to complete
 * {@code imagekit.*} keys, checked against the keys the kit accepts: every {@link ConfigKey}
 * and every module {@link SettingKey} on the class path, with the same default; a key added
 * to the kit without its entry here fails this test.
 */
final class ConfigurationMetadataTest {

    private static final String FILE = "/META-INF/spring-configuration-metadata.json";

    static Map<String, Map<String, Object>> properties;
    static DocumentContext json;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream(FILE)) {
            json = JsonPath.parse(in);
        }
        properties = new HashMap<>();
        List<Map<String, Object>> all = json.read("$.properties[*]");
        all.forEach(p -> properties.put((String) p.get("name"), p));
    }

    private static Map<String, SettingKey<?>> moduleKeys() {
        Map<String, SettingKey<?>> keys = new HashMap<>();
        ServiceLoader.load(SettingKeys.class).forEach(p -> p.keys()
                .forEach(k -> keys.put(k.name(), k)));
        return keys;
    }

    @Test
    void properties_everyKeyTheKitAccepts_isListedOnce() {
        List<String> names = json.read("$.properties[*].name");

        assertThat(names).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ImageKitConfig.builder().keyNames());
    }

    @Test
    void properties_coreKeys_haveTheKeysDefaultAndADescription() {
        for (ConfigKey key : ConfigKey.values()) {
            Map<String, Object> p = properties.get(key.key());
            assertThat(p).as(key.key()).isNotNull();
            assertThat(String.valueOf(p.getOrDefault("defaultValue", ""))).as(key.key())
                    .isEqualTo(key.defaultValue());
            assertThat((String) p.get("description")).as(key.key()).isNotBlank().endsWith(".");
            assertThat(p.get("sourceType")).isEqualTo(ConfigKey.class.getName());
        }
    }

    @Test
    void properties_moduleKeys_haveTheKeysDefaultAndDescription() {
        Map<String, SettingKey<?>> modules = moduleKeys();
        assertThat(modules).containsKeys("imagekit.servlet.enabled", "imagekit.servlet.path");
        modules.forEach((name, key) -> {
            Map<String, Object> p = properties.get(name);
            assertThat(p).as(name).isNotNull();
            assertThat(String.valueOf(p.get("defaultValue"))).as(name)
                    .isEqualTo(key.defaultValue());
            assertThat(p.get("description")).as(name).isEqualTo(key.description());
        });
    }

    @Test
    void properties_booleanAndNumberTypes_areWhatTheKitParses() {
        Map<String, String> notOfType = Map.of("java.lang.Boolean", "maybe",
                "java.lang.Integer", "many", "java.lang.Long", "many");
        assertThat(properties.values()).extracting(p -> p.get("type")).containsOnly(
                "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long");
        properties.values().stream().filter(p -> notOfType.containsKey(p.get("type")))
                .forEach(p -> {
                    String name = (String) p.get("name");
                    assertThat(p.get("defaultValue")).as(name).isNotInstanceOf(String.class);
                    assertThatThrownBy(() -> ImageKitConfig.builder()
                            .set(name, notOfType.get(p.get("type"))).build()).as(name)
                            .isInstanceOf(InvalidConfigurationException.class);
                });
    }

    @Test
    void hints_everyValue_isAcceptedByTheKit() {
        List<Map<String, Object>> hints = json.read("$.hints[*]");
        assertThat(hints).extracting(h -> h.get("name")).contains("imagekit.cache.backend",
                "imagekit.source.versioning", "imagekit.template.on-error");
        for (Map<String, Object> hint : hints) {
            String name = (String) hint.get("name");
            assertThat(properties).as(name).containsKey(name);
            List<String> values = JsonPath.parse(hint).read("$.values[*].value");
            assertThat(values).as(name).isNotEmpty();
            for (String value : values) {
                assertThatCode(() -> ImageKitConfig.builder().set(name, value)
                        .set(ConfigKey.TEMPLATE_FALLBACK_URL.key(), "/x.png").build())
                        .as(name + "=" + value).doesNotThrowAnyException();
            }
        }
    }
}
