package io.github.jimagekit;

/**
 * Adjusts an {@link ImageKitBuilder} before the kit is built: the one extension door through
 * which a plug-in jar swaps the storage, the state cache, the backend or the strategy, or
 * registers generators, without code in the application.
 *
 * <p>Customizers are found with {@link java.util.ServiceLoader} on the builder's class loader
 * (list the class in {@code META-INF/services/io.github.jimagekit.ImageKitCustomizer}) when
 * discovery is on, and can also be added with {@link ImageKitBuilder#customizer}. They run in
 * {@link ImageKitBuilder#build()}, before any component is made from the settings, in ascending
 * {@link #order()} and then by class name, so the outcome does not depend on jar order. Read
 * the settings with {@link ImageKitBuilder#config()}.
 *
 * <pre>{@code
 * public final class S3Customizer implements ImageKitCustomizer {
 *     public void customize(ImageKitBuilder builder) {
 *         builder.storage(new S3Storage(builder.config()));
 *     }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ImageKitCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with the settings already set
     */
    void customize(ImageKitBuilder builder);

    /**
     * Says when this customizer runs relative to others: lower first.
     *
     * @return the order, {@code 0} unless overridden
     */
    default int order() {
        return 0;
    }
}
