package io.github.jimagekit.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.config.SettingKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ServletKeysTest {

    @Test
    void builder_onThisJarsClassPath_acceptsTheServletKeys() {
        ImageKitConfig c = ImageKitConfig.builder(ServletKeys.class.getClassLoader())
                .set("imagekit.servlet.path", " /thumbs/* ")
                .set("imagekit.servlet.enabled", "false").build();

        assertThat(c.get(ServletKeys.SERVLET_PATH)).isEqualTo("/thumbs/*");
        assertThat(c.get(ServletKeys.SERVLET_ENABLED)).isFalse();
    }

    @Test
    void build_badPath_failsNamingKeyAndValue() {
        assertThatThrownBy(() -> ImageKitConfig.builder(ServletKeys.class.getClassLoader())
                .set("imagekit.servlet.path", "/media").build())
                .isInstanceOf(InvalidConfigurationException.class)
                .hasMessage("setting \"imagekit.servlet.path\" has a bad value \"/media\": must"
                        + " be a path mapping such as /media/*");
    }

    @Test
    void readme_documentsEveryServletKeyWithItsDefault() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String own = Files.readString(Path.of("README.md"));
        for (SettingKey<?> k : new ServletKeys().keys()) {
            assertThat(readme).as(k.name()).contains("| `" + k.name() + "` | `"
                    + k.defaultValue() + "` |");
            assertThat(own).as(k.name()).contains("| `" + k.name() + "` | `"
                    + k.defaultValue() + "` |");
        }
    }

    @Test
    void set_mistypedKey_suggestsTheServletKey() {
        assertThatThrownBy(() -> ImageKitConfig.builder(ServletKeys.class.getClassLoader())
                .set("imagekit.servlet.pth", "/media/*"))
                .hasMessage("unknown setting \"imagekit.servlet.pth\" (did you mean"
                        + " \"imagekit.servlet.path\"?)");
    }
}
