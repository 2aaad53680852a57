package io.github.jimagekit.config;

import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.storage.StorageNames;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting {@link ImageKitConfig} knows, with its default and its parser. The names of
 * django-imagekit's {@code IMAGEKIT_*} settings map onto these keys: {@code IMAGEKIT_CACHEFILE_DIR}
 * is {@code imagekit.cachefile.dir}, {@code IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY} is
 * {@code imagekit.default.cachefile.strategy}, and so on.
 */
public enum ConfigKey {

    /** Directory of the cache-file storage; no default (the servlet bootstrap picks one). */
    STORAGE_ROOT("imagekit.storage.root", "", ConfigKey::text),
    /** URL prefix under which cache files are served. */
    STORAGE_BASE_URL("imagekit.storage.base-url", "/media/", ConfigKey::nonEmpty),
    /** Directory of the source storage; empty means the cache-file storage. */
    SOURCE_ROOT("imagekit.source.root", "", ConfigKey::text),
    /** How source versions are computed: {@code metadata}, {@code content} or {@code none}. */
    SOURCE_VERSIONING("imagekit.source.versioning", "metadata",
            choice("metadata", "content", "none")),
    /** How long a source's version is trusted before the storage is asked again. */
    SOURCE_VERSION_TTL("imagekit.source.version-ttl", "60s", ConfigKey::duration),
    /** Directory, inside the cache-file storage, that holds cache files. */
    CACHEFILE_DIR("imagekit.cachefile.dir", "CACHE/images", ConfigKey::directory),
    /** Namer of specs' cache files. */
    SPEC_CACHEFILE_NAMER("imagekit.spec.cachefile.namer", "source-name-as-path",
            choice("source-name-as-path", "source-name-dot-hash", "hash")),
    /** Namer of cache files of generators that have no source. */
    CACHEFILE_NAMER("imagekit.cachefile.namer", "hash",
            choice("source-name-as-path", "source-name-dot-hash", "hash")),
    /** When files are generated: a built-in strategy name or a class name. */
    DEFAULT_CACHEFILE_STRATEGY("imagekit.default.cachefile.strategy", "just-in-time",
            choiceOrClass("just-in-time", "optimistic", "generate-on-save")),
    /** How files are generated: {@code simple}, {@code async} or a class name. */
    DEFAULT_CACHEFILE_BACKEND("imagekit.default.cachefile.backend", "simple",
            choiceOrClass("simple", "async")),
    /** Threads of the async backend. */
    ASYNC_THREADS("imagekit.async.threads", "2", ConfigKey::positiveInt),
    /** Jobs the async backend queues before the caller generates itself. */
    ASYNC_QUEUE("imagekit.async.queue", "1000", ConfigKey::positiveInt),
    /** The state cache: {@code ehcache}, {@code memory}, {@code none} or a class name. */
    CACHE_BACKEND("imagekit.cache.backend", "ehcache",
            choiceOrClass("ehcache", "memory", "none")),
    /** How long an existing file's state is remembered: a duration or {@code forever}. */
    CACHE_TIMEOUT("imagekit.cache.timeout", "forever", ConfigKey::durationOrForever),
    /** How long a missing file's state is remembered. */
    CACHE_MISSING_TIMEOUT("imagekit.cache.missing-timeout", "5s", ConfigKey::duration),
    /** How long a failed generation is remembered before the next request retries. */
    CACHE_FAILURE_TIMEOUT("imagekit.cache.failure-timeout", "5s", ConfigKey::duration),
    /** How long a generation may hold its lease before another may take over. */
    CACHE_GENERATING_LEASE("imagekit.cache.generating-lease", "60s", ConfigKey::duration),
    /** Prefix of state cache keys, to share one cache between applications. */
    CACHE_PREFIX("imagekit.cache.prefix", "imagekit:", ConfigKey::text),
    /** Entries the state cache keeps on the heap. */
    CACHE_HEAP_ENTRIES("imagekit.cache.heap-entries", "100000", ConfigKey::positiveInt),
    /** Directory of the persistent state cache tier; empty turns it off. */
    CACHE_DISK_DIR("imagekit.cache.disk.dir", "", ConfigKey::text),
    /** Size of the persistent tier in MiB. */
    CACHE_DISK_SIZE_MB("imagekit.cache.disk.size-mb", "64", ConfigKey::positiveInt),
    /** Images with more pixels than this are refused before decoding. */
    IMAGE_MAX_PIXELS("imagekit.image.max-pixels", "100000000", ConfigKey::positiveLong),
    /** Whether EXIF orientation is applied. */
    IMAGE_AUTO_ORIENT("imagekit.image.auto-orient", "true", ConfigKey::bool),
    /** Whether embedded ICC profiles are converted to sRGB. */
    IMAGE_COLOR_MANAGEMENT("imagekit.image.color-management", "true", ConfigKey::bool),
    /** Whether large JPEGs are decoded subsampled when the output is much smaller. */
    IMAGE_SUBSAMPLED_DECODE("imagekit.image.subsampled-decode", "true", ConfigKey::bool),
    /** Whether the DCT-scaling JPEG decoder is used (shrink-on-load). */
    IMAGE_JPEG_DCT_SCALING("imagekit.image.jpeg-dct-scaling", "true", ConfigKey::bool),
    /** Lossy quality of specs that set none. */
    DEFAULT_QUALITY("imagekit.default.quality", "85", ConfigKey::quality),
    /** Whether JPEGs of specs that set no options are progressive. */
    DEFAULT_PROGRESSIVE("imagekit.default.progressive", "false", ConfigKey::bool),
    /** What a template does when an image fails: {@code fail}, {@code omit} or {@code fallback}. */
    TEMPLATE_ON_ERROR("imagekit.template.on-error", "fail", choice("fail", "omit", "fallback")),
    /** The {@code src} of the fallback image. */
    TEMPLATE_FALLBACK_URL("imagekit.template.fallback-url", "", ConfigKey::text),
    /** Generator id patterns to generate in the background at start-up; empty for none. */
    PREGENERATE("imagekit.pregenerate", "", ConfigKey::text),
    /** A {@code Storage} class for cache files, instead of a directory; empty for none. */
    STORAGE_CLASS("imagekit.storage.class", "", ConfigKey::className),
    /** A {@code Storage} class for sources, instead of a directory; empty for none. */
    SOURCE_STORAGE_CLASS("imagekit.source.storage.class", "", ConfigKey::className);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");
    private static final Pattern CLASS_NAME =
            Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

    private final String key;
    private final String defaultValue;
    private final Function<String, Object> parser;

    ConfigKey(String key, String defaultValue, Function<String, Object> parser) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.parser = parser;
    }

    /**
     * Returns the property name.
     *
     * @return for example {@code "imagekit.cachefile.dir"}
     */
    public String key() {
        return key;
    }

    /**
     * Returns the default value, as it would be written in a properties file.
     *
     * @return the default
     */
    public String defaultValue() {
        return defaultValue;
    }

    /**
     * Finds a key by its property name.
     *
     * @param key a property name
     * @return the key, or empty when unknown
     */
    public static Optional<ConfigKey> forKey(String key) {
        for (ConfigKey k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** Parses a value, throwing IllegalArgumentException with the reason. */
    Object parse(String value) {
        return parser.apply(value.strip());
    }

    private static Object text(String v) {
        return v;
    }

    private static Object nonEmpty(String v) {
        if (v.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return v;
    }

    private static Object directory(String v) {
        try {
            return StorageNames.checkDirectory(v);
        } catch (UnsafeNameException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /**
     * Parses a yes/no value, for the core's keys and {@link SettingKey#bool}.
     *
     * @param v the stripped value
     * @return {@code true} or {@code false}
     * @throws IllegalArgumentException unless it is true or false in any case
     */
    static Boolean bool(String v) {
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                throw new IllegalArgumentException("must be true or false");
        }
    }

    private static Object positiveInt(String v) {
        return (int) positive(v, Integer.MAX_VALUE);
    }

    private static Object positiveLong(String v) {
        return positive(v, Long.MAX_VALUE);
    }

    private static long positive(String v, long max) {
        try {
            long n = Long.parseLong(v.replace("_", ""));
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a whole number from 1 to " + max);
    }

    private static Object quality(String v) {
        int q = (int) positive(v, Integer.MAX_VALUE);
        if (q > 100) {
            throw new IllegalArgumentException("must be from 1 to 100");
        }
        return q;
    }

    static Duration duration(String v) {
        Matcher m = DURATION.matcher(v);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms":
                    return Duration.ofMillis(n);
                case "s":
                    return Duration.ofSeconds(n);
                case "m":
                    return Duration.ofMinutes(n);
                case "h":
                    return Duration.ofHours(n);
                default:
                    return Duration.ofDays(n);
            }
        }
        try {
            Duration d = Duration.parse(v);
            if (!d.isNegative()) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        throw new IllegalArgumentException("must be a duration such as 500ms, 5s, 10m, 2h, 1d"
                + " or PT5S");
    }

    private static Object durationOrForever(String v) {
        return v.equalsIgnoreCase("forever") ? Optional.empty() : Optional.of(duration(v));
    }

    private static Object className(String v) {
        if (v.isEmpty() || CLASS_NAME.matcher(v).matches()) {
            return v;
        }
        throw new IllegalArgumentException("must be a class name, such as com.example.S3Storage");
    }

    private static Function<String, Object> choice(String... names) {
        List<String> allowed = List.of(names);
        return v -> {
            String n = v.toLowerCase(Locale.ROOT);
            if (!allowed.contains(n)) {
                throw new IllegalArgumentException("must be one of " + String.join(", ", allowed));
            }
            return n;
        };
    }

    private static Function<String, Object> choiceOrClass(String... names) {
        List<String> allowed = List.of(names);
        return v -> {
            String n = v.toLowerCase(Locale.ROOT);
            if (allowed.contains(n)) {
                return n;
            }
            if (CLASS_NAME.matcher(v).matches()) {
                return v;
            }
            throw new IllegalArgumentException("must be one of " + String.join(", ", allowed)
                    + ", or a class name");
        };
    }
}
