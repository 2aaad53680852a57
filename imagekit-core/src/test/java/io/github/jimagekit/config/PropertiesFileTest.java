package io.github.jimagekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PropertiesFileTest {

    @Test
    void read_utf8File_returnsSortedSettings(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("imagekit.properties"),
                "# comment\nimagekit.cache.prefix = blåbær:\nimagekit.a=1\n");

        assertThat(PropertiesFile.read(file))
                .containsExactly(java.util.Map.entry("imagekit.a", "1"),
                        java.util.Map.entry("imagekit.cache.prefix", "blåbær:"));
    }

    @Test
    void read_malformedEscape_failsNamingTheFile() {
        byte[] bad = "imagekit.a=\\u12".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PropertiesFile.read(new ByteArrayInputStream(bad),
                "/WEB-INF/imagekit.properties"))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessageStartingWith("cannot read /WEB-INF/imagekit.properties: Malformed");
    }

    @Test
    void read_missingFile_failsWithTheFileNameOnly(@TempDir Path dir) {
        assertThatThrownBy(() -> PropertiesFile.read(dir.resolve("nope.properties")))
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("cannot read nope.properties: no such file");
    }
}
