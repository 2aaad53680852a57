package io.github.jimagekit.config;

import java.net.URI;
import java.util.List;

/** A module's keys, as a plug-in jar would declare them; listed only by {@link ModuleJar}. */
public final class TestModuleKeys implements SettingKeys {

    /** A yes/no setting. */
    public static final SettingKey<Boolean> ENABLED =
            SettingKey.bool("imagekit.test-module.enabled", true, "Whether it is on.");

    /** A setting with its own parser. */
    public static final SettingKey<URI> ENDPOINT = SettingKey.of("imagekit.test-module.endpoint",
            "http://localhost:9000", "Where it sends things.", TestModuleKeys::endpoint);

    @Override
    public List<SettingKey<?>> keys() {
        return List.of(ENABLED, ENDPOINT);
    }

    private static URI endpoint(String v) {
        if (!v.startsWith("http://") && !v.startsWith("https://")) {
            throw new IllegalArgumentException("must be an http:// or https:// URL");
        }
        return URI.create(v);
    }
}
