package io.github.jimagekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar's {@code META-INF/spring-configuration-metadata.json}, which IDEs read to complete
 * {@code imagekit.*} keys, checked against the keys the kit accepts: every {@link ConfigKey}
 * and every module {@link SettingKey} on the class path, with its description, type, default
 * and named values. The file is written at build time by Boot's configuration processor from
 * what the starter's generator wrote ({@code src/build/java}); none is kept in the sources.
 */
final class ConfigurationMetadataTest {

    private static final String FILE = "META-INF/spring-configuration-metadata.json";

    static Map<String, Map<String, Object>> properties;
    static DocumentContext json;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ConfigurationMetadataTest.class.getResourceAsStream("/" + FILE)) {
            assertThat(in).as(FILE + " on the class path").isNotNull();
            json = JsonPath.parse(in);
        }
        properties = new HashMap<>();
        List<Map<String, Object>> all = json.read("$.properties[*]");
        all.stream().filter(p -> ((String) p.get("name")).startsWith("imagekit."))
                .forEach(p -> properties.put((String) p.get("name"), p));
    }

    /** The module keys, by name, with the class of the provider that declares each. */
    private static Map<String, Map.Entry<SettingKey<?>, String>> moduleKeys() {
        Map<String, Map.Entry<SettingKey<?>, String>> keys = new HashMap<>();
        ServiceLoader.load(SettingKeys.class).forEach(p -> p.keys()
                .forEach(k -> keys.put(k.name(), Map.entry(k, p.getClass().getName()))));
        return keys;
    }

    private static boolean typed(Object parsed) {
        return parsed instanceof Boolean || parsed instanceof Integer || parsed instanceof Long;
    }

    /**
     * Checks a property's default: absent for an empty one, JSON's own boolean or number for
     * a yes/no or whole-number key, the text as written otherwise.
     */
    private static void assertDefault(Map<String, Object> p, Object parsed, String raw) {
        Object actual = p.get("defaultValue");
        String name = (String) p.get("name");
        if (raw.isEmpty()) {
            assertThat(actual).as(name).isNull();
        } else if (typed(parsed)) {
            assertThat(actual).as(name).isInstanceOf(parsed instanceof Boolean ? Boolean.class
                    : Number.class);
            assertThat(String.valueOf(actual)).as(name).isEqualTo(String.valueOf(parsed));
        } else {
            assertThat(actual).as(name).isEqualTo(raw);
        }
    }

    @Test
    void metadata_isBuiltNotKeptInTheSources() {
        assertThat(Path.of("src/main/resources", FILE)).doesNotExist();
        assertThat(json.read("$.groups[*].name", List.class)).containsExactly("imagekit",
                "management.endpoint.imagekit");
    }

    @Test
    void properties_imagekitEndpoint_describedByTheProcessorFromItsAnnotation() {
        List<String> names = json.read("$.properties[*].name");

        assertThat(names).filteredOn(n -> !n.startsWith("imagekit.")).containsExactlyInAnyOrder(
                "management.endpoint.imagekit.access",
                "management.endpoint.imagekit.cache.time-to-live");
    }

    @Test
    void properties_everyKeyTheKitAccepts_isListedOnce() {
        List<String> names = json.read("$.properties[*].name");

        assertThat(names).doesNotHaveDuplicates();
        assertThat(properties.keySet())
                .containsExactlyInAnyOrderElementsOf(ImageKitConfig.builder().keyNames());
    }

    @Test
    void properties_coreKeys_haveTheKeysDescriptionTypeAndDefault() {
        for (ConfigKey key : ConfigKey.values()) {
            Map<String, Object> p = properties.get(key.key());
            assertThat(p).as(key.key()).isNotNull();
            Object parsed = key.parse(key.defaultValue());
            assertDefault(p, parsed, key.defaultValue());
            assertThat(p.get("description")).as(key.key()).isEqualTo(key.description());
            assertThat(p.get("sourceType")).isEqualTo(ConfigKey.class.getName());
            assertThat(p.get("type")).as(key.key()).isEqualTo(typed(parsed)
                    ? parsed.getClass().getName() : String.class.getName());
        }
    }

    @Test
    void properties_moduleKeys_haveTheKeysDescriptionDefaultAndProvider() {
        Map<String, Map.Entry<SettingKey<?>, String>> modules = moduleKeys();
        assertThat(modules).containsKeys("imagekit.servlet.enabled", "imagekit.servlet.path");
        modules.forEach((name, entry) -> {
            SettingKey<?> key = entry.getKey();
            Map<String, Object> p = properties.get(name);
            assertThat(p).as(name).isNotNull();
            assertDefault(p, key.parse(key.defaultValue()), key.defaultValue());
            assertThat(p.get("description")).as(name).isEqualTo(key.description());
            assertThat(p.get("sourceType")).as(name).isEqualTo(entry.getValue());
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
                    assertThatThrownBy(() -> ImageKitConfig.builder()
                            .set(name, notOfType.get(p.get("type"))).build()).as(name)
                            .isInstanceOf(InvalidConfigurationException.class);
                });
    }

    @Test
    void hints_areTheNamedValuesOfEveryKeyThatHasSome() {
        Map<String, List<String>> expected = new HashMap<>();
        for (ConfigKey k : ConfigKey.values()) {
            if (!k.choices().isEmpty()) {
                expected.put(k.key(), k.choices());
            }
        }
        assertThat(expected).containsKeys("imagekit.cache.backend",
                "imagekit.source.versioning", "imagekit.template.on-error");

        List<Map<String, Object>> hints = json.read("$.hints[*]");
        Map<String, List<String>> actual = new HashMap<>();
        for (Map<String, Object> hint : hints) {
            actual.put((String) hint.get("name"), JsonPath.parse(hint).read("$.values[*].value"));
        }
        assertThat(actual).isEqualTo(expected);
    }
}
