package io.github.jimagekit.config;

import java.util.List;

/**
 * The settings a module adds to {@link ImageKitConfig}: list the provider class in
 * {@code META-INF/services/io.github.jimagekit.config.SettingKeys} of the module's jar.
 * {@link ImageKitConfig#builder(ClassLoader)} finds the providers with
 * {@link java.util.ServiceLoader} on the class loader it is given (a web application's, so a
 * jar in {@code WEB-INF/lib} brings its keys along), and from then on the module's keys are
 * known like the core's: an unknown {@code imagekit.*} key still fails, with a "did you mean"
 * that includes the module's keys.
 *
 * <pre>{@code
 * public final class S3Keys implements SettingKeys {
 *     public static final SettingKey<String> BUCKET =
 *             SettingKey.text("imagekit.s3.bucket", "", "The bucket cache files go to.");
 *
 *     public List<SettingKey<?>> keys() {
 *         return List.of(BUCKET);
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface SettingKeys {

    /**
     * Lists the module's keys. A name must not be a core key's or another module's.
     *
     * @return the keys, typically constants of the implementing class
     */
    List<SettingKey<?>> keys();
}
