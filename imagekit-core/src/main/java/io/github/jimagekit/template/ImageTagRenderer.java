package io.github.jimagekit.template;

import io.github.jimagekit.cachefile.CacheFileLookup;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.processor.Geometry;
import io.github.jimagekit.processor.Size;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.source.SourceChangeListener;
import io.github.jimagekit.spec.GeneratorArguments;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns an {@link ImageTag} into an {@code <img>}: the container-free logic behind the JSP tags
 * and the Thymeleaf dialect. It resolves the cache file, emits {@code src} and, unless the
 * template gave either, {@code width} and {@code height} (django-imagekit's rule, so a page can
 * scale images proportionally), then the passed-through attributes, all escaped.
 *
 * <p>When an image cannot be made, the {@link OnError} mode decides
 * ({@code imagekit.template.on-error}): {@code FAIL} throws an {@link ImageTagException} naming
 * the spec and the source; {@code OMIT} renders nothing; {@code FALLBACK} renders the fallback
 * URL (with the geometry's width and height when both are known, so the layout does not
 * shift). The last two log each distinct error once. The variable form ({@link #variable}, JSP's
 * {@code var}) follows the same modes: no value, or a {@link FallbackImage}. One renderer per
 * application, built beside its kit ({@code ImageKit.templates()}) from the kit's cache-file
 * lookup.
 *
 * <p>A warm request (one that rendered an image of known size before) is answered from memory:
 * the same request, within the source-version TTL, gets the same {@link Result} and the same
 * {@code <img>} text without a cache-file lookup. {@link #sourceChanged(String)} drops a
 * source's.
 *
 * <pre>{@code
 * ImageTagRenderer renderer = ImageTagRenderer.builder(kit)
 *         .onError(ImageTagRenderer.OnError.FALLBACK, "/static/missing.png")
 *         .build();
 * }</pre>
 */
public final class ImageTagRenderer implements SourceChangeListener {

    private static final System.Logger LOG = System.getLogger(ImageTagRenderer.class.getName());
    private static final int MAX_LOGGED = 10_000;

    /** What a template does when an image cannot be made. */
    public enum OnError {
        /** Fail the page with an error naming the spec and source. The default. */
        FAIL,
        /** Write nothing for the image and log the error once. */
        OMIT,
        /** Write an image with the fallback URL and log the error once. */
        FALLBACK
    }

    /** What rendering produced. */
    public enum Kind {
        /** The generated image. */
        IMAGE,
        /** The fallback image ({@code on-error=fallback}). */
        FALLBACK,
        /** Nothing ({@code on-error=omit}). */
        OMITTED
    }

    /**
     * The attributes of the {@code <img>} to write, or the reason there is none.
     *
     * @param kind       what was rendered
     * @param attributes the attributes, in order ({@code src} first); empty when omitted
     * @param error      the error, for {@code FALLBACK} and {@code OMITTED}; else {@code null}
     */
    public record Result(Kind kind, Map<String, String> attributes, String error) {

        /**
         * Writes the element.
         *
         * @return {@code <img ...>}, or {@code ""} when omitted
         */
        public String html() {
            return kind == Kind.OMITTED ? ""
                    : HtmlWriter.voidElement(new StringBuilder(128), "img", attributes).toString();
        }
    }

    /**
     * What a request's variable form (JSP {@code var}) holds, or the reason it holds nothing.
     *
     * @param kind  what was resolved
     * @param value the {@link ImageCacheFile} for {@code IMAGE}, a {@link FallbackImage} for
     *     {@code FALLBACK}, {@code null} for {@code OMITTED}
     * @param error the error, for {@code FALLBACK} and {@code OMITTED}; else {@code null}
     */
    public record Variable(Kind kind, Object value, String error) {
    }

    private final CacheFileLookup lookup;
    private final OnError onError;
    private final String fallbackUrl;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final RenderMemo memo;

    private ImageTagRenderer(Builder b) {
        this.lookup = b.lookup;
        this.onError = b.onError;
        this.fallbackUrl = b.fallbackUrl;
        this.memo = new RenderMemo(b.clock, b.rememberMillis);
    }

    /**
     * Starts a renderer.
     *
     * @param lookup where cache files are found: the application's kit
     * @return a builder: {@code FAIL} on error, warm requests remembered for 60 seconds by the
     *     system clock
     */
    public static Builder builder(CacheFileLookup lookup) {
        return new Builder(lookup);
    }

    /**
     * Resolves the cache file a request names, for {@code #imagekit} and code of its own:
     * nothing is generated yet, and a generation failure surfaces when the file is used. The
     * JSP {@code var} form uses {@link #variable(ImageTag)} instead.
     *
     * @param tag the request
     * @return the cache file
     * @throws ImageTagException naming spec and source when the spec is unknown, the source is
     *     missing or an argument (such as the geometry) is malformed
     */
    public ImageCacheFile cacheFile(ImageTag tag) {
        try {
            return resolve(tag);
        } catch (RuntimeException e) {
            throw ImageTagException.of(tag, e);
        }
    }

    /**
     * Renders a request's {@code <img>} attributes, applying the {@link OnError} mode.
     *
     * @param tag the request
     * @return the attributes to write (or none)
     * @throws ImageTagException with {@code on-error=fail}, naming spec and source
     */
    public Result render(ImageTag tag) {
        RenderMemo.Entry warm = memo.get(tag);
        return warm != null ? warm.result() : renderNow(tag);
    }

    /**
     * Renders a request's {@code <img>} element: {@code render(tag).html()}, but a warm request
     * gets the element it rendered to before, without building it again.
     *
     * @param tag the request
     * @return {@code <img ...>}, or {@code ""} when omitted
     * @throws ImageTagException with {@code on-error=fail}, naming spec and source
     */
    public String html(ImageTag tag) {
        RenderMemo.Entry warm = memo.get(tag);
        return warm != null ? warm.html() : renderNow(tag).html();
    }

    /**
     * Resolves the value of a request's variable form (JSP {@code var}): the cache file, made
     * to exist here as the {@code <img>} form makes it (the strategy decides what that means),
     * so that a failure is reported here, with this renderer's message, and the
     * {@link OnError} mode applies as it does to the {@code <img>}: {@code OMIT} gives no value,
     * {@code FALLBACK} a {@link FallbackImage}.
     *
     * @param tag the request
     * @return the value, or why there is none
     * @throws ImageTagException with {@code on-error=fail}, naming spec and source
     */
    public Variable variable(ImageTag tag) {
        try {
            ImageCacheFile file = resolve(tag);
            // what the page reads first, and what the <img> form asks for: failing here, not
            // later inside the page's expression language, is what lets on-error apply
            file.url();
            return new Variable(Kind.IMAGE, file, null);
        } catch (RuntimeException e) {
            String error = handled(tag, e).getMessage();
            return onError == OnError.OMIT ? new Variable(Kind.OMITTED, null, error)
                    : new Variable(Kind.FALLBACK, FallbackImage.of(fallbackUrl, tag), error);
        }
    }

    /**
     * Forgets the warm requests of a source, so that the next page renders them afresh; the
     * kit calls it when the source is reported saved or deleted.
     *
     * @param sourceName the source's storage name
     */
    @Override
    public void sourceChanged(String sourceName) {
        memo.forget(Objects.requireNonNull(sourceName, "sourceName"));
    }

    private Result renderNow(ImageTag tag) {
        try {
            ImageCacheFile file = resolve(tag);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("src", file.url());
            boolean sized = hasSize(tag);
            if (!sized) {
                Optional<Size> size = file.optionalSize();
                size.ifPresent(s -> putSize(attrs, s));
                sized = size.isPresent();
            }
            putPassThrough(attrs, tag);
            Result result = new Result(Kind.IMAGE, Collections.unmodifiableMap(attrs), null);
            if (sized) {
                // an image whose size is still unknown (an async backend at work) is not
                // remembered: the next page may know it
                memo.put(tag, result, file.generator().source().map(Source::name).orElse(""));
            }
            return result;
        } catch (RuntimeException e) {
            String error = handled(tag, e).getMessage();
            return onError == OnError.OMIT ? new Result(Kind.OMITTED, Map.of(), error)
                    : new Result(Kind.FALLBACK, fallback(tag), error);
        }
    }

    private ImageCacheFile resolve(ImageTag tag) {
        Map<String, Object> args = new LinkedHashMap<>(tag.arguments());
        args.put(GeneratorArguments.SOURCE, tag.source());
        String spec = tag.spec();
        if (tag.geometry() != null) {
            Geometry g = Geometry.parse(tag.geometry());
            // an absent side is left out rather than null, so the kit's memo of plain
            // arguments also serves "200x" and "x200"
            if (g.width() != null) {
                args.put("width", g.width());
            }
            if (g.height() != null) {
                args.put("height", g.height());
            }
            spec = spec == null ? Registry.THUMBNAIL : spec;
        } else if (spec == null) {
            throw new IllegalArgumentException("no spec given: name one (spec=\"myapp:avatar\")"
                    + " or give a geometry");
        }
        return lookup.cacheFile(spec, args);
    }

    /** Applies the on-error mode to a failure: throws it for {@code FAIL}, else logs it once. */
    private ImageTagException handled(ImageTag tag, RuntimeException e) {
        ImageTagException failure = ImageTagException.of(tag, e);
        if (onError == OnError.FAIL) {
            throw failure;
        }
        logOnce(failure);
        return failure;
    }

    private void logOnce(ImageTagException failure) {
        String key = failure.getMessage();
        if (logged.size() < MAX_LOGGED && logged.add(key)) {
            LOG.log(Level.WARNING, key, failure.getCause());
        }
    }

    private Map<String, String> fallback(ImageTag tag) {
        FallbackImage image = FallbackImage.of(fallbackUrl, tag);
        Map<String, String> attrs = new LinkedHashMap<>();
        attrs.put("src", image.url());
        if (!hasSize(tag)) {
            image.optionalSize().ifPresent(s -> putSize(attrs, s));
        }
        putPassThrough(attrs, tag);
        return attrs;
    }

    private static boolean hasSize(ImageTag tag) {
        return tag.attributes().containsKey("width") || tag.attributes().containsKey("height");
    }

    private static void putSize(Map<String, String> attrs, Size s) {
        attrs.put("width", Integer.toString(s.width()));
        attrs.put("height", Integer.toString(s.height()));
    }

    private static void putPassThrough(Map<String, String> attrs, ImageTag tag) {
        tag.attributes().forEach((k, v) -> {
            if (!k.equals("src")) {
                attrs.put(HtmlWriter.checkName(k), v);
            }
        });
    }

    /** Builds an {@link ImageTagRenderer}. */
    public static final class Builder {

        private final CacheFileLookup lookup;
        private OnError onError = OnError.FAIL;
        private String fallbackUrl = "";
        private Clock clock = Clock.systemUTC();
        private long rememberMillis = Duration.ofSeconds(60).toMillis();

        private Builder(CacheFileLookup lookup) {
            this.lookup = Objects.requireNonNull(lookup, "lookup");
        }

        /**
         * Sets what happens when an image cannot be made.
         *
         * @param mode        the mode
         * @param fallbackUrl the {@code src} written in {@code FALLBACK} mode (ignored otherwise)
         * @return this builder
         * @throws IllegalArgumentException when the mode is {@code FALLBACK} and the URL blank
         */
        public Builder onError(OnError mode, String fallbackUrl) {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(fallbackUrl, "fallbackUrl");
            if (mode == OnError.FALLBACK && fallbackUrl.isBlank()) {
                throw new IllegalArgumentException("on-error FALLBACK needs a fallback URL");
            }
            this.onError = mode;
            this.fallbackUrl = fallbackUrl;
            return this;
        }

        /**
         * Sets how long a warm request is answered from memory: as long as the kit trusts a
         * source version ({@code imagekit.source.version-ttl}).
         *
         * @param ttl the time; {@link Duration#ZERO} remembers nothing
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder rememberFor(Duration ttl) {
            if (ttl.isNegative()) {
                throw new IllegalArgumentException("ttl must not be negative: " + ttl);
            }
            this.rememberMillis = ttl.compareTo(Duration.ofMillis(Long.MAX_VALUE)) >= 0
                    ? Long.MAX_VALUE : ttl.toMillis();
            return this;
        }

        /**
         * Remembers warm requests until their source is reported changed: for sources that
         * are never versioned ({@code imagekit.source.versioning=none}).
         *
         * @return this builder
         */
        public Builder rememberForever() {
            this.rememberMillis = Long.MAX_VALUE;
            return this;
        }

        /**
         * Sets the clock that times the memory of warm requests (the kit's).
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Builds the renderer.
         *
         * @return the renderer
         */
        public ImageTagRenderer build() {
            return new ImageTagRenderer(this);
        }
    }
}
