package io.github.jimagekit.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a key tells about itself, for documentation and the Boot starter's metadata. */
final class ConfigKeyTest {

    @Test
    void choices_choiceKeys_listTheNamesTheirParserAccepts() {
        assertThat(ConfigKey.CACHE_BACKEND.choices()).containsExactly("ehcache", "memory", "none");
        assertThat(ConfigKey.TEMPLATE_ON_ERROR.choices()).containsExactly("fail", "omit",
                "fallback");
        for (ConfigKey k : ConfigKey.values()) {
            for (String name : k.choices()) {
                assertThat(k.parse(name.toUpperCase(Locale.ROOT))).as(k.key())
                        .isEqualTo(name);
            }
        }
    }

    @Test
    void choices_otherKeys_areEmpty() {
        assertThat(ConfigKey.STORAGE_ROOT.choices()).isEmpty();
        assertThat(ConfigKey.ASYNC_THREADS.choices()).isEmpty();
        assertThat(ConfigKey.CACHE_TIMEOUT.choices()).isEmpty();
    }

    @Test
    void parse_nameOutsideTheChoices_failsListingThem() {
        assertThatThrownBy(() -> ConfigKey.SOURCE_VERSIONING.parse("mtime"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be one of metadata, content, none");
        assertThatThrownBy(() -> ConfigKey.DEFAULT_CACHEFILE_BACKEND.parse("fast one"))
                .hasMessage("must be one of simple, async, or a class name");
        assertThat(ConfigKey.DEFAULT_CACHEFILE_BACKEND.parse("com.example.Backend"))
                .isEqualTo("com.example.Backend");
        assertThatThrownBy(() -> ConfigKey.SOURCE_VERSIONING.parse("com.example.Versions"))
                .hasMessage("must be one of metadata, content, none");
    }

    @Test
    void parse_defaults_giveTheTypesTheConfigReturns() {
        assertThat(ConfigKey.ASYNC_THREADS.parse(ConfigKey.ASYNC_THREADS.defaultValue()))
                .isEqualTo(2);
        assertThat(ConfigKey.IMAGE_MAX_PIXELS.parse(" 100_000 ")).isEqualTo(100_000L);
        assertThat(ConfigKey.IMAGE_AUTO_ORIENT.parse("TRUE")).isEqualTo(Boolean.TRUE);
        assertThat(ConfigKey.CACHE_TIMEOUT.parse("forever")).isEqualTo(Optional.empty());
        assertThat(ConfigKey.CACHE_MISSING_TIMEOUT.parse("5s")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void description_everyKey_isOneSentenceOfPlainText() {
        for (ConfigKey k : ConfigKey.values()) {
            assertThat(k.description()).as(k.key()).isNotBlank().endsWith(".")
                    .doesNotContain("`", "{@", "\n").matches("[A-Z].*");
        }
    }
}
