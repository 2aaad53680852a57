/**
 * A plug-in jar, packed by the customizer-jar deployment test into a WAR's
 * {@code WEB-INF/lib}: {@link io.github.jimagekit.example.swapped.SwappedStorageCustomizer}
 * swaps the storage (or {@code imagekit.storage.class} names
 * {@link io.github.jimagekit.example.swapped.SwappedStorage}), and
 * {@link io.github.jimagekit.example.swapped.SwappedStorageKeys} declares its setting. Nothing
 * here is listed in {@code META-INF/services} on the test class path: only the built jar lists
 * them.
 */
package io.github.jimagekit.example.swapped;
