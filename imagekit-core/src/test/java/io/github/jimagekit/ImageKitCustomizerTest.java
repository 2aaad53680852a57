package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.testing.MemoryStorage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ImageKitCustomizerTest {

    @Test
    void build_customizerSwapsStorage_kitUsesIt() {
        MemoryStorage storage = new MemoryStorage("/custom/");
        try (ImageKit kit = ImageKit.builder().discover(false)
                .customizer(b -> b.storage(storage))
                .build()) {
            assertThat(kit.storage().url("CACHE/a.jpg")).isEqualTo("/custom/CACHE/a.jpg");
        }
    }

    @Test
    void build_customizers_runByOrderThenClassNameAndSeeTheSettings() {
        List<String> seen = new ArrayList<>();
        ImageKitCustomizer late = new ImageKitCustomizer() {
            @Override
            public void customize(ImageKitBuilder b) {
                seen.add("late:" + b.config().raw(ConfigKey.STORAGE_ROOT));
            }

            @Override
            public int order() {
                return 10;
            }
        };
        ImageKitCustomizer early = b -> seen.add("early");
        ImageKitConfig config = ImageKitConfig.builder()
                .set("imagekit.storage.root", "/tmp/ik-customizer").build();
        try (ImageKit kit = ImageKit.builder().discover(false).config(config)
                .customizer(late).customizer(early).build()) {
            assertThat(seen).containsExactly("early", "late:/tmp/ik-customizer");
        }
    }
}
