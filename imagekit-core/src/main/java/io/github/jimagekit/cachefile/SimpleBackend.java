package io.github.jimagekit.cachefile;

/** Generates in the calling thread. */
enum SimpleBackend implements CacheFileBackend {
    INSTANCE;

    @Override
    public void generate(ImageCacheFile file, boolean force) {
        file.owner().states().ensureExists(file, force);
    }

    @Override
    public String toString() {
        return "CacheFileBackend.simple()";
    }
}
