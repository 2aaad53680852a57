package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.config.ConfigKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's configuration table true: every setting, with its default and its
 * description (the key's own, which the Boot starter's metadata carries too; the README may
 * put names in backticks).
 */
final class ReadmeTest {

    @Test
    void readme_documentsEverySettingWithItsDefaultAndDescription() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"));
        for (ConfigKey k : ConfigKey.values()) {
            String d = k.defaultValue().isEmpty() ? "(none)" : "`" + k.defaultValue() + "`";
            String start = "| `" + k.key() + "` | " + d + " | ";
            List<String> rows = lines.stream().filter(l -> l.startsWith(start)).toList();
            assertThat(rows).as(k.key()).hasSize(1);
            String description = rows.get(0).substring(start.length()).split(" \\| ")[0];
            assertThat(description.replace("`", "")).as(k.key()).isEqualTo(k.description());
        }
    }
}
