package io.github.jimagekit.example.swapped;

import io.github.jimagekit.ImageKitBuilder;
import io.github.jimagekit.ImageKitCustomizer;

/**
 * Swaps the cache-file storage for a {@link SwappedStorage} at
 * {@code imagekit.swapped-storage.root}: a plug-in jar's customizer, found with
 * {@link java.util.ServiceLoader} when the jar is in a WAR's {@code WEB-INF/lib}.
 */
public final class SwappedStorageCustomizer implements ImageKitCustomizer {

    @Override
    public void customize(ImageKitBuilder builder) {
        builder.storage(new SwappedStorage(builder.config()));
    }
}
