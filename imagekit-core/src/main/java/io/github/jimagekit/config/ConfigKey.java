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
    STORAGE_ROOT("imagekit.storage.root", "", ConfigKey::text,
            "Directory of the cache-file storage; no default (the servlet bootstrap picks one)."),
    /** URL prefix under which cache files are served. */
    STORAGE_BASE_URL("imagekit.storage.base-url", "/media/", ConfigKey::nonEmpty,
            "URL prefix under which cache files are served."),
    /** Directory of the source storage; empty means the cache-file storage. */
    SOURCE_ROOT("imagekit.source.root", "", ConfigKey::text,
            "Directory of the source storage; empty means the cache-file storage."),
    /** How source versions are computed: {@code metadata}, {@code content} or {@code none}. */
    SOURCE_VERSIONING("imagekit.source.versioning", "metadata",
            choice("metadata", "content", "none"),
            "How source versions are computed: metadata, content or none."),
    /** How long a source's version is trusted before the storage is asked again. */
    SOURCE_VERSION_TTL("imagekit.source.version-ttl", "60s", ConfigKey::duration,
            "How long a source's version is trusted before the storage is asked again."),
    /** Directory, inside the cache-file storage, that holds cache files. */
    CACHEFILE_DIR("imagekit.cachefile.dir", "CACHE/images", ConfigKey::directory,
            "Directory, inside the cache-file storage, that holds cache files."),
    /** Namer of specs' cache files. */
    SPEC_CACHEFILE_NAMER("imagekit.spec.cachefile.namer", "source-name-as-path",
            choice("source-name-as-path", "source-name-dot-hash", "hash"),
            "Namer of specs' cache files."),
    /** Namer of cache files of generators that have no source. */
    CACHEFILE_NAMER("imagekit.cachefile.namer", "hash",
            choice("source-name-as-path", "source-name-dot-hash", "hash"),
            "Namer of cache files of generators that have no source."),
    /** When files are generated: a built-in strategy name or a class name. */
    DEFAULT_CACHEFILE_STRATEGY("imagekit.default.cachefile.strategy", "just-in-time",
            choiceOrClass("just-in-time", "optimistic", "generate-on-save"),
            "When files are generated: a built-in strategy name or a class name."),
    /** How files are generated: {@code simple}, {@code async} or a class name. */
    DEFAULT_CACHEFILE_BACKEND("imagekit.default.cachefile.backend", "simple",
            choiceOrClass("simple", "async"),
            "How files are generated: simple, async or a class name."),
    /** Threads of the async backend. */
    ASYNC_THREADS("imagekit.async.threads", "2", ConfigKey::positiveInt,
            "Threads of the async backend."),
    /** Jobs the async backend queues before the caller generates itself. */
    ASYNC_QUEUE("imagekit.async.queue", "1000", ConfigKey::positiveInt,
            "Jobs the async backend queues before the caller generates itself."),
    /** The state cache: {@code ehcache}, {@code memory}, {@code none} or a class name. */
    CACHE_BACKEND("imagekit.cache.backend", "ehcache",
            choiceOrClass("ehcache", "memory", "none"),
            "The state cache: ehcache, memory, none or a class name."),
    /** How long an existing file's state is remembered: a duration or {@code forever}. */
    CACHE_TIMEOUT("imagekit.cache.timeout", "forever", ConfigKey::durationOrForever,
            "How long an existing file's state is remembered: a duration or forever."),
    /** How long a missing file's state is remembered. */
    CACHE_MISSING_TIMEOUT("imagekit.cache.missing-timeout", "5s", ConfigKey::duration,
            "How long a missing file's state is remembered."),
    /** How long a failed generation is remembered before the next request retries. */
    CACHE_FAILURE_TIMEOUT("imagekit.cache.failure-timeout", "5s", ConfigKey::duration,
            "How long a failed generation is remembered before the next request retries; also"
                    + " how often a file that keeps failing is logged (one line per window)."),
    /** How long a generation may hold its lease before another may take over. */
    CACHE_GENERATING_LEASE("imagekit.cache.generating-lease", "60s", ConfigKey::duration,
            "How long a generation may hold its lease before another may take over."),
    /** Prefix of state cache keys, to share one cache between applications. */
    CACHE_PREFIX("imagekit.cache.prefix", "imagekit:", ConfigKey::text,
            "Prefix of state cache keys, to share one cache between applications."),
    /** Entries the state cache keeps on the heap. */
    CACHE_HEAP_ENTRIES("imagekit.cache.heap-entries", "100000", ConfigKey::positiveInt,
            "Entries the state cache keeps on the heap."),
    /** Directory of the persistent state cache tier; empty turns it off. */
    CACHE_DISK_DIR("imagekit.cache.disk.dir", "", ConfigKey::text,
            "Directory of the persistent state cache tier; empty turns it off."),
    /** Size of the persistent tier in MiB. */
    CACHE_DISK_SIZE_MB("imagekit.cache.disk.size-mb", "64", ConfigKey::positiveInt,
            "Size of the persistent tier in MiB."),
    /** Images with more pixels than this are refused before decoding. */
    IMAGE_MAX_PIXELS("imagekit.image.max-pixels", "100000000", ConfigKey::positiveLong,
            "Images with more pixels than this are refused before decoding."),
    /** Whether EXIF orientation is applied. */
    IMAGE_AUTO_ORIENT("imagekit.image.auto-orient", "true", ConfigKey::bool,
            "Whether EXIF orientation is applied."),
    /** Whether embedded ICC profiles are converted to sRGB. */
    IMAGE_COLOR_MANAGEMENT("imagekit.image.color-management", "true", ConfigKey::bool,
            "Whether embedded ICC profiles are converted to sRGB."),
    /** Whether large JPEGs are decoded subsampled when the output is much smaller. */
    IMAGE_SUBSAMPLED_DECODE("imagekit.image.subsampled-decode", "true", ConfigKey::bool,
            "Whether large JPEGs are decoded subsampled when the output is much smaller."),
    /** Whether the DCT-scaling JPEG decoder is used (shrink-on-load). */
    IMAGE_JPEG_DCT_SCALING("imagekit.image.jpeg-dct-scaling", "true", ConfigKey::bool,
            "Whether the DCT-scaling JPEG decoder is used (shrink-on-load)."),
    /** Lossy quality of specs that set none. */
    DEFAULT_QUALITY("imagekit.default.quality", "85", ConfigKey::quality,
            "Lossy quality of specs that set none."),
    /** Whether JPEGs of specs that set no options are progressive. */
    DEFAULT_PROGRESSIVE("imagekit.default.progressive", "false", ConfigKey::bool,
            "Whether JPEGs of specs that set no options are progressive."),
    /** What a template does when an image fails: {@code fail}, {@code omit} or {@code fallback}. */
    TEMPLATE_ON_ERROR("imagekit.template.on-error", "fail", choice("fail", "omit", "fallback"),
            "What a template does when an image fails: fail, omit or fallback (for the JSP"
                    + " var form too: no variable, or a fallback image)."),
    /** The {@code src} of the fallback image. */
    TEMPLATE_FALLBACK_URL("imagekit.template.fallback-url", "", ConfigKey::text,
            "The src of the fallback image."),
    /** Generator id patterns to generate in the background at start-up; empty for none. */
    PREGENERATE("imagekit.pregenerate", "", ConfigKey::text,
            "Generator id patterns to generate in the background at start-up; empty for none."),
    /** A {@code Storage} class for cache files, instead of a directory; empty for none. */
    STORAGE_CLASS("imagekit.storage.class", "", ConfigKey::className,
            "A Storage class for cache files, instead of a directory; empty for none."),
    /** A {@code Storage} class for sources, instead of a directory; empty for none. */
    SOURCE_STORAGE_CLASS("imagekit.source.storage.class", "", ConfigKey::className,
            "A Storage class for sources, instead of a directory; empty for none.");

    private static final Pattern DURATION = Pattern.compile("(\\d{1,12})(ms|s|m|h|d)");
    private static final Pattern CLASS_NAME =
            Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

    private final String key;
    private final String defaultValue;
    private final Function<String, Object> parser;
    private final String description;

    ConfigKey(String key, String defaultValue, Function<String, Object> parser,
            String description) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.description = description;
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
     * Returns what the setting does, for documentation (the README's table, the Spring Boot
     * starter's configuration metadata).
     *
     * @return one sentence, ending with a full stop
     */
    public String description() {
        return description;
    }

    /**
     * Returns the named values the setting takes, for documentation and completion: the
     * built-in strategy names of {@code imagekit.default.cachefile.strategy}, for example. A
     * setting that also takes a class name lists only the names.
     *
     * @return the names, in the order they are documented; empty when the setting takes free
     *     text, a number, a duration or a yes/no value
     */
    public List<String> choices() {
        return parser instanceof Choice c ? c.names : List.of();
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

    /**
     * Parses a value as written in a properties file (surrounding blanks are stripped), as
     * {@link ImageKitConfig} does when it is built.
     *
     * @param value the text
     * @return the parsed value: a {@code String}, {@code Boolean}, {@code Integer},
     *     {@code Long}, {@code Duration}, or an {@code Optional<Duration>} for {@code forever}
     * @throws IllegalArgumentException saying what is expected when the value is bad
     */
    public Object parse(String value) {
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
        return new Choice(List.of(names), false);
    }

    private static Function<String, Object> choiceOrClass(String... names) {
        return new Choice(List.of(names), true);
    }

    /** One of some names (in any case), or else a class name when {@code orClass}. */
    private static final class Choice implements Function<String, Object> {

        private final List<String> names;
        private final boolean orClass;

        Choice(List<String> names, boolean orClass) {
            this.names = names;
            this.orClass = orClass;
        }

        @Override
        public Object apply(String v) {
            String n = v.toLowerCase(Locale.ROOT);
            if (names.contains(n)) {
                return n;
            }
            if (orClass && CLASS_NAME.matcher(v).matches()) {
                return v;
            }
            throw new IllegalArgumentException("must be one of " + String.join(", ", names)
                    + (orClass ? ", or a class name" : ""));
        }
    }
}
