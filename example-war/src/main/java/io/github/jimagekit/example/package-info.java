/**
 * The example gallery: where its photos and work files are ({@link
 * io.github.jimagekit.example.GallerySettings}, passed on to jimagekit by {@link
 * io.github.jimagekit.example.GalleryInitializer}), what it registers ({@link
 * io.github.jimagekit.example.GalleryImages}), and its album of photos ({@link
 * io.github.jimagekit.example.PhotoAlbum}: listing, uploads, deletions).
 */
package io.github.jimagekit.example;
