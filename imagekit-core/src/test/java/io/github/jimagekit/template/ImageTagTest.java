package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class ImageTagTest {

    @Test
    void build_thenChangeTheBuilder_leavesTheBuiltRequestAsItWas() {
        ImageTag.Builder b = ImageTag.builder().spec("app:a").argument("width", 10)
                .attribute("alt", "first");
        ImageTag first = b.build();

        ImageTag second = b.argument("width", 20).argument("crop", true)
                .attribute("alt", "second").attribute("class", "c").build();

        assertThat(first.arguments()).containsExactly(Map.entry("width", 10));
        assertThat(first.attributes()).containsExactly(Map.entry("alt", "first"));
        assertThat(second.arguments()).containsExactly(Map.entry("width", 20),
                Map.entry("crop", true));
        assertThat(second.attributes()).containsKeys("alt", "class").containsEntry("alt",
                "second");
    }

    @Test
    void build_nothingAdded_hasEmptyUnmodifiableMaps() {
        ImageTag tag = ImageTag.builder().argument("anchor", null).attribute("alt", null).build();

        assertThat(tag.arguments()).isEmpty();
        assertThat(tag.attributes()).isEmpty();
        assertThatThrownBy(() -> tag.attributes().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void maps_keepTheOrderGivenAndCannotBeChanged() {
        ImageTag tag = ImageTag.builder().attribute("z", 1).attribute("a", 2).attribute("m", 3)
                .build();

        assertThat(tag.attributes().keySet()).containsExactly("z", "a", "m");
        assertThatThrownBy(() -> tag.arguments().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
