import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Writes the starter's {@code META-INF/additional-spring-configuration-metadata.json} from the
 * keys themselves: every {@link ConfigKey} of the core, and every {@link SettingKey} that a
 * {@link SettingKeys} provider on the class path declares (imagekit-servlet's, and those of
 * any module the starter depends on), each with its description, type and default, and a hint
 * listing the named values of a key that has some. Boot's configuration processor then writes
 * the jar's {@code META-INF/spring-configuration-metadata.json} from it.
 *
 * <p>A build-time program, run by the starter's build from this source file (Java's
 * single-file source mode) with the starter's compile class path; it is not part of the jar.
 *
 * <p>Usage: {@code java -cp <compile class path> ConfigurationMetadataGenerator.java <output>}
 */
public final class ConfigurationMetadataGenerator {

    private static final String GROUP_DESCRIPTION =
            "jimagekit: image generation and caching (ImageKitConfig).";

    private ConfigurationMetadataGenerator() {
    }

    /**
     * Writes the file.
     *
     * @param args the output file
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ConfigurationMetadataGenerator <output>");
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, json(), StandardCharsets.UTF_8);
    }

    private static String json() {
        List<String> properties = new ArrayList<>();
        List<String> hints = new ArrayList<>();
        for (ConfigKey k : ConfigKey.values()) {
            properties.add(property(k.key(), k.defaultValue(), k.parse(k.defaultValue()),
                    k.description(), ConfigKey.class.getName()));
            if (!k.choices().isEmpty()) {
                hints.add(hint(k.key(), k.choices()));
            }
        }
        moduleKeys().forEach((name, m) -> properties.add(property(name, m.key().defaultValue(),
                m.key().parse(m.key().defaultValue()), m.key().description(), m.provider())));
        return "{\n  \"groups\": [\n    {\n      \"name\": \"imagekit\",\n"
                + "      \"description\": " + quote(GROUP_DESCRIPTION) + "\n    }\n  ],\n"
                + "  \"properties\": [\n" + String.join(",\n", properties) + "\n  ],\n"
                + "  \"hints\": [\n" + String.join(",\n", hints) + "\n  ]\n}\n";
    }

    /** A module key and the class of the provider that declares it. */
    private record ModuleKey(SettingKey<?> key, String provider) {
    }

    private static Map<String, ModuleKey> moduleKeys() {
        Map<String, ModuleKey> keys = new TreeMap<>();
        for (SettingKeys provider : ServiceLoader.load(SettingKeys.class)) {
            for (SettingKey<?> k : provider.keys()) {
                ModuleKey other = keys.put(k.name(), new ModuleKey(k,
                        provider.getClass().getName()));
                if (other != null || ConfigKey.forKey(k.name()).isPresent()) {
                    throw new IllegalStateException("setting \"" + k.name()
                            + "\" is declared twice");
                }
            }
        }
        return keys;
    }

    /**
     * One property. Its type is that of its parsed default when an IDE can check it (a yes/no
     * value, a whole number); the rest, durations included ({@code forever}, {@code 5s}), are
     * text that the kit parses.
     */
    private static String property(String name, String defaultValue, Object parsedDefault,
            String description, String sourceType) {
        boolean typed = parsedDefault instanceof Boolean || parsedDefault instanceof Integer
                || parsedDefault instanceof Long;
        Class<?> type = typed ? parsedDefault.getClass() : String.class;
        StringBuilder p = new StringBuilder("    {\n")
                .append("      \"name\": ").append(quote(name)).append(",\n")
                .append("      \"type\": ").append(quote(type.getName())).append(",\n")
                .append("      \"description\": ").append(quote(description)).append(",\n")
                .append("      \"sourceType\": ").append(quote(sourceType));
        if (!defaultValue.isEmpty()) {
            // a boolean or a number as JSON's own, so that IDEs show it typed
            String value = typed ? String.valueOf(parsedDefault) : quote(defaultValue);
            p.append(",\n      \"defaultValue\": ").append(value);
        }
        return p.append("\n    }").toString();
    }

    private static String hint(String name, List<String> values) {
        List<String> entries = new ArrayList<>();
        for (String v : values) {
            entries.add("        {\n          \"value\": " + quote(v) + "\n        }");
        }
        return "    {\n      \"name\": " + quote(name) + ",\n      \"values\": [\n"
                + String.join(",\n", entries) + "\n      ]\n    }";
    }

    private static String quote(String text) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                q.append('\\').append(c);
            } else if (c < 0x20) {
                q.append(String.format("\\u%04x", (int) c));
            } else {
                q.append(c);
            }
        }
        return q.append('"').toString();
    }
}
