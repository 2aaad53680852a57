/**
 * Where images live: the {@link io.github.jimagekit.storage.Storage} SPI, its local-filesystem
 * implementation {@link io.github.jimagekit.storage.FileSystemStorage}, and the name check
 * {@link io.github.jimagekit.storage.StorageNames} that every name passes.
 */
package io.github.jimagekit.storage;
