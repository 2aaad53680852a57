package io.github.jimagekit.cachefile;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.spec.GeneratorCall;
import io.github.jimagekit.spec.ImageGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The file a generator's image is cached in, which may not exist yet: django-imagekit's
 * {@code ImageCacheFile}. Asking for its {@link #url()}, {@link #path()}, {@link #width()} or
 * {@link #height()} requires the file to exist, and the {@linkplain CacheFileStrategy strategy}
 * decides what that means (the default generates it right then); {@link #openStream()} requires
 * its content.
 *
 * <p>Once the file is known to exist, {@code url()}, {@code width()} and {@code height()} make no
 * storage call and decode nothing: the size comes from the {@link StateCache}. Where the
 * generator can predict its output size (resize and thumbnail specs can), {@code width()} and
 * {@code height()} answer even before the file exists, so a page rendered while an async
 * backend works still gets correct {@code width}/{@code height} attributes.
 *
 * <p>The bean-style getters ({@link #getUrl()}, {@link #getWidth()}, ...) are for template
 * engines: {@code ${th.url}} in JSP EL or Thymeleaf. Instances are thread-safe and may be
 * shared between requests.
 */
public class ImageCacheFile {

    /** What a cache file is bound to, resolved at once or on first use. */
    record Binding(CacheFiles owner, ImageGenerator generator, String name,
            CacheFileBackend backend, CacheFileStrategy strategy, GeneratorCall call) {
    }

    private final Supplier<Binding> resolver;
    private volatile Binding binding;
    private volatile CacheFileState.Exists known;
    private volatile String url;
    /** The generator's prediction, asked once: on a remote storage it costs a ranged read. */
    private volatile Optional<Size> predicted;

    ImageCacheFile(CacheFiles owner, ImageGenerator generator, String name,
            CacheFileBackend backend, CacheFileStrategy strategy, GeneratorCall call) {
        this.binding = new Binding(owner, Objects.requireNonNull(generator, "generator"),
                Objects.requireNonNull(name, "name"), Objects.requireNonNull(backend, "backend"),
                Objects.requireNonNull(strategy, "strategy"), call);
        this.resolver = null;
    }

    ImageCacheFile(Supplier<Binding> resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Returns the file's storage name: pure computation from the generator, no I/O.
     *
     * @return for example {@code "CACHE/images/photos/dog/5ff3233527c5ac3e4b596343b440ff67.jpg"}
     */
    public String name() {
        return binding().name();
    }

    /**
     * Returns the file's URL; the file must exist (the strategy decides what that means).
     *
     * @return the URL from the storage
     * @throws io.github.jimagekit.error.GenerationFailedException when generating it failed
     */
    public String url() {
        existenceRequired();
        String u = url;
        if (u == null) {
            u = owner().storage().url(name());
            url = u;
        }
        return u;
    }

    /**
     * Returns the file's local path; the file must exist.
     *
     * @return the path, or empty for remote storages
     * @throws io.github.jimagekit.error.GenerationFailedException when generating it failed
     */
    public Optional<Path> path() {
        existenceRequired();
        return owner().storage().path(name());
    }

    /**
     * Opens the file's content; the file must have content (the strategy decides what that
     * means). The caller closes the stream.
     *
     * @return the encoded image
     * @throws IOException when the storage cannot read it
     * @throws io.github.jimagekit.error.GenerationFailedException when generating it failed
     */
    public InputStream openStream() throws IOException {
        binding().strategy().onContentRequired(this);
        return owner().storage().open(name());
    }

    /**
     * Returns the image's width; the file must exist, or its size must be predictable.
     *
     * @return the width in pixels
     * @throws ImageKitException when the size cannot be known before the file is generated
     */
    public int width() {
        return size().width();
    }

    /**
     * Returns the image's height; the file must exist, or its size must be predictable.
     *
     * @return the height in pixels
     * @throws ImageKitException when the size cannot be known before the file is generated
     */
    public int height() {
        return size().height();
    }

    /**
     * Returns the image's size; the file must exist, or its size must be predictable.
     *
     * @return the size in pixels
     * @throws ImageKitException when the size cannot be known before the file is generated
     */
    public Size size() {
        return optionalSize().orElseThrow(() -> new ImageKitException("the size of cache file \""
                + name() + "\" cannot be known before it is generated"));
    }

    /**
     * Returns the image's size if it can be known: from the state cache, from the storage, or
     * predicted from the source; the file must exist (the strategy decides what that means).
     *
     * @return the size, or empty when only generating would tell
     * @throws io.github.jimagekit.error.GenerationFailedException when generating it failed
     */
    public Optional<Size> optionalSize() {
        CacheFileState.Exists e = known;
        if (e != null) {
            return Optional.of(new Size(e.width(), e.height()));
        }
        existenceRequired();
        return owner().states().size(this);
    }

    /** The generator's size prediction, made once per file object. */
    Optional<Size> predictedSize() {
        Optional<Size> p = predicted;
        if (p == null) {
            p = generator().predictSize();
            predicted = p;
        }
        return p;
    }

    /**
     * Generates the file unless it is known to exist.
     *
     * @throws io.github.jimagekit.error.GenerationFailedException when generating failed
     */
    public void generate() {
        generate(false);
    }

    /**
     * Generates the file.
     *
     * @param force whether to generate even when the file exists
     * @throws io.github.jimagekit.error.GenerationFailedException when generating failed
     */
    public void generate(boolean force) {
        if (force) {
            known = null;
        } else if (known != null) {
            return;
        }
        binding().backend().generate(this, force);
    }

    /**
     * Tells whether the file can be used now: django-imagekit's truthiness of a cache file.
     * The strategy first gets its chance to generate it; then, for asynchronous backends (or
     * strategies that ask for it), the state cache or the storage is checked. A failed
     * generation gives {@code false}.
     *
     * @return whether the file exists (or is trusted to)
     */
    public boolean isReady() {
        Binding b = binding();
        try {
            b.strategy().onExistenceRequired(this);
            return !b.strategy().shouldVerifyExistence(this) || b.backend().exists(this);
        } catch (io.github.jimagekit.error.GenerationFailedException e) {
            return false;
        }
    }

    /**
     * Returns the generator.
     *
     * @return the generator whose image this file holds
     */
    public ImageGenerator generator() {
        return binding().generator();
    }

    /**
     * Returns how the generator was asked for, when the file was made from a registered id
     * ({@code ImageKit.cacheFile}, batch generation): what a job engine sends to another node.
     *
     * @return the generator id and arguments, or empty for a file made from a generator object
     */
    public Optional<GeneratorCall> call() {
        return Optional.ofNullable(binding().call());
    }

    /**
     * Returns the backend.
     *
     * @return how this file is generated
     */
    public CacheFileBackend backend() {
        return binding().backend();
    }

    /**
     * Returns the strategy.
     *
     * @return when this file is generated
     */
    public CacheFileStrategy strategy() {
        return binding().strategy();
    }

    /**
     * Same as {@link #name()}, for template engines.
     *
     * @return the storage name
     */
    public String getName() {
        return name();
    }

    /**
     * Same as {@link #url()}, for template engines ({@code ${th.url}}).
     *
     * @return the URL
     */
    public String getUrl() {
        return url();
    }

    /**
     * Same as {@link #width()}, for template engines ({@code ${th.width}}).
     *
     * @return the width in pixels
     */
    public int getWidth() {
        return width();
    }

    /**
     * Same as {@link #height()}, for template engines ({@code ${th.height}}).
     *
     * @return the height in pixels
     */
    public int getHeight() {
        return height();
    }

    @Override
    public String toString() {
        return "ImageCacheFile[" + name() + "]";
    }

    CacheFiles owner() {
        return binding().owner();
    }

    CacheFileState.Exists known() {
        return known;
    }

    void remember(CacheFileState.Exists state) {
        known = state;
    }

    private void existenceRequired() {
        if (known == null) {
            binding().strategy().onExistenceRequired(this);
        }
    }

    private Binding binding() {
        Binding b = binding;
        if (b == null) {
            synchronized (this) {
                b = binding;
                if (b == null) {
                    b = resolver.get();
                    binding = b;
                }
            }
        }
        return b;
    }
}
