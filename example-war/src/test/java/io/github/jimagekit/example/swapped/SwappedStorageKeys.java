package io.github.jimagekit.example.swapped;

import io.github.jimagekit.config.SettingKey;
import io.github.jimagekit.config.SettingKeys;
import java.util.List;

/** The customizer jar's own setting, declared so that the application's settings accept it. */
public final class SwappedStorageKeys implements SettingKeys {

    /** The directory of the swapped storage. */
    public static final SettingKey<String> ROOT = SettingKey.text("imagekit.swapped-storage.root",
            "", "Directory of the storage the customizer swaps in.");

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(ROOT);
    }
}
