package io.github.jimagekit.batch;

import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.cachefile.CacheFiles;
import io.github.jimagekit.registry.GeneratorLookup;
import io.github.jimagekit.registry.GeneratorRegistry;
import io.github.jimagekit.registry.Registry;
import io.github.jimagekit.registry.SourceGroupRegistration;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.source.Sources;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Generates the cache files of generators registered on source groups: the programmatic side
 * of {@code generateimages}, also behind start-up pregeneration ({@code imagekit.pregenerate}).
 *
 * <pre>{@code
 * BatchSummary s = kit.batch().patterns("gallery:**").threads(4).build().run();
 * if (s.failed() > 0) {
 *     s.failures().forEach(f -> log.warn("{}", f));
 * }
 * }</pre>
 *
 * <p>Sources are streamed from the groups into a bounded window of work (twice the threads),
 * so memory stays flat over millions of sources. Each file is generated through its
 * {@link io.github.jimagekit.cachefile.ImageCacheFile} with the simple backend, so concurrent
 * page requests for the same file wait for this generation rather than repeating it, and a
 * failure is remembered for the failure window. A rerun skips what exists: the state cache
 * answers when it knows, else one existence check per file. Immutable; {@link #run()} may be
 * called again.
 */
public final class BatchGenerator {

    private final Registry registry;
    private final GeneratorLookup generators;
    private final Sources sources;
    private final CacheFiles cacheFiles;
    private final List<String> patterns;
    private final boolean force;
    private final boolean dryRun;
    private final int threads;
    private final boolean failFast;
    private final boolean countFirst;
    private final BatchListener listener;
    private final CacheFileBackend backend;

    private BatchGenerator(Builder b) {
        this.registry = b.registry;
        this.generators = b.generators;
        this.sources = b.sources;
        this.cacheFiles = b.cacheFiles;
        this.patterns = List.copyOf(b.patterns);
        this.force = b.force;
        this.dryRun = b.dryRun;
        this.threads = b.threads;
        this.failFast = b.failFast;
        this.countFirst = b.countFirst;
        this.listener = b.listener;
        this.backend = b.backend;
        GeneratorIdPattern.anyOf(patterns);
    }

    /**
     * Starts a batch over an application's registrations; {@code ImageKit.batch()} starts one
     * over the kit's.
     *
     * @param registry   the registrations: generators and the source groups they are on
     * @param generators makes the registered generators
     * @param sources    the source storage the groups list, and the sources' versions
     * @param cacheFiles where the cache files go
     * @return a builder: every generator, no force, no dry run, one thread per core
     */
    public static Builder builder(Registry registry, GeneratorLookup generators,
            Sources sources, CacheFiles cacheFiles) {
        return new Builder(registry, generators, sources, cacheFiles);
    }

    /**
     * Returns the generator id patterns that select what this batch generates.
     *
     * @return the patterns; empty selects every generator
     */
    public List<String> patterns() {
        return patterns;
    }

    /**
     * Runs the batch in the calling thread (the workers are daemon threads of its own).
     * Interrupting the calling thread stops it after the images in hand, with
     * {@link BatchSummary#stopped()} set and the interrupt status kept.
     *
     * @return what happened
     * @throws IllegalArgumentException when a pattern matches no registered generator
     */
    public BatchSummary run() {
        List<String> warnings = new ArrayList<>();
        List<SourceGroupRegistration> plan = plan(warnings);
        BatchRun r = new BatchRun(generators, sources, cacheFiles,
                new BatchRun.Options(force, dryRun, threads, failFast, backend), listener);
        return r.run(plan, countFirst ? count(plan) : -1, warnings);
    }

    /**
     * Returns the registrations the patterns select, in the order they run: by generator id,
     * then in registration order.
     *
     * @param warnings receives what the user should know: registrations on unregistered
     *     generators (left out) and patterns that select only generators without a group
     * @return the registrations
     * @throws IllegalArgumentException when a pattern matches no registered generator
     */
    public List<SourceGroupRegistration> plan(List<String> warnings) {
        GeneratorRegistry ids = registry.generators();
        for (String p : patterns) {
            GeneratorIdPattern compiled = GeneratorIdPattern.compile(p);
            List<String> matched = ids.ids().stream().filter(compiled::matches).toList();
            if (matched.isEmpty()) {
                throw new IllegalArgumentException("pattern \"" + p + "\" matches no registered"
                        + " generator (registered: " + String.join(", ", ids.ids()) + ")");
            }
            if (registry.sourceGroups().registrations().stream()
                    .noneMatch(r -> compiled.matches(r.generatorId()))) {
                warnings.add("pattern \"" + p + "\" selects generators without a source group,"
                        + " so nothing: " + String.join(", ", matched));
            }
        }
        Predicate<String> selected = GeneratorIdPattern.anyOf(patterns);
        List<SourceGroupRegistration> plan = new ArrayList<>();
        for (SourceGroupRegistration r : registry.sourceGroups().registrations()) {
            if (!selected.test(r.generatorId())) {
                continue;
            }
            if (ids.contains(r.generatorId())) {
                plan.add(r);
            } else {
                warnings.add("source group registered for generator \"" + r.generatorId()
                        + "\", which is not registered: left out");
            }
        }
        plan.sort(Comparator.comparing(SourceGroupRegistration::generatorId));
        return plan;
    }

    /**
     * Counts the files a run would look at, by streaming every selected group once.
     *
     * @param plan the registrations, from {@link #plan}
     * @return the number of (generator, source) pairs, cache files in the groups left out
     */
    public long count(List<SourceGroupRegistration> plan) {
        long n = 0;
        for (SourceGroupRegistration r : plan) {
            try (Stream<Source> files = r.group().files(sources.storage())) {
                n += files.filter(s -> !cacheFiles.holds(s)).count();
            } catch (RuntimeException e) {
                // the run reports the group's failure
            }
        }
        return n;
    }

    /** Builds a {@link BatchGenerator}. */
    public static final class Builder {

        private final Registry registry;
        private final GeneratorLookup generators;
        private final Sources sources;
        private final CacheFiles cacheFiles;
        private List<String> patterns = List.of();
        private boolean force;
        private boolean dryRun;
        private int threads = Runtime.getRuntime().availableProcessors();
        private boolean failFast;
        private boolean countFirst;
        private BatchListener listener = new BatchListener() {
        };
        private CacheFileBackend backend = CacheFileBackend.simple();

        private Builder(Registry registry, GeneratorLookup generators, Sources sources,
                CacheFiles cacheFiles) {
            this.registry = Objects.requireNonNull(registry, "registry");
            this.generators = Objects.requireNonNull(generators, "generators");
            this.sources = Objects.requireNonNull(sources, "sources");
            this.cacheFiles = Objects.requireNonNull(cacheFiles, "cacheFiles");
        }

        /**
         * Selects generators by id pattern, with django-imagekit's semantics: {@code *}
         * matches within a colon-separated segment, {@code **} across segments, and a pattern
         * also matches the ids below it ({@code "a:*:c"} matches {@code "a:b:c"},
         * {@code "a:**:c"} also {@code "a:b:x:c"}, {@code "a"} also {@code "a:b"}).
         *
         * @param values the patterns; none selects every generator
         * @return this builder
         */
        public Builder patterns(List<String> values) {
            this.patterns = List.copyOf(values);
            return this;
        }

        /**
         * Selects generators by id pattern, as {@link #patterns(List)} does.
         *
         * @param values the patterns; none selects every generator
         * @return this builder
         */
        public Builder patterns(String... values) {
            return patterns(List.of(values));
        }

        /**
         * Regenerates files even when they exist.
         *
         * @param value whether to force
         * @return this builder
         */
        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        /**
         * Lists what would be generated without generating.
         *
         * @param value whether to only list
         * @return this builder
         */
        public Builder dryRun(boolean value) {
            this.dryRun = value;
            return this;
        }

        /**
         * Sets how many files are generated at a time.
         *
         * @param value at least 1
         * @return this builder
         * @throws IllegalArgumentException quoting the value when it is less than 1
         */
        public Builder threads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + value);
            }
            this.threads = value;
            return this;
        }

        /**
         * Stops at the first failure.
         *
         * @param value whether to stop
         * @return this builder
         */
        public Builder failFast(boolean value) {
            this.failFast = value;
            return this;
        }

        /**
         * Counts the files first (one more pass over the groups), so a progress bar knows
         * the total.
         *
         * @param value whether to count
         * @return this builder
         */
        public Builder countFirst(boolean value) {
            this.countFirst = value;
            return this;
        }

        /**
         * Sets who follows the run.
         *
         * @param value the listener
         * @return this builder
         */
        public Builder listener(BatchListener value) {
            this.listener = Objects.requireNonNull(value, "listener");
            return this;
        }

        /**
         * Sets the backend the files are handed to: by default each is generated in this
         * process ({@link CacheFileBackend#simple()}); a distributed backend (a job engine's)
         * enqueues each instead, counted as enqueued, for its workers to generate.
         *
         * @param value the backend
         * @return this builder
         */
        public Builder backend(CacheFileBackend value) {
            this.backend = Objects.requireNonNull(value, "backend");
            return this;
        }

        /**
         * Builds the batch.
         *
         * @return the batch
         * @throws IllegalArgumentException when a pattern is blank
         */
        public BatchGenerator build() {
            return new BatchGenerator(this);
        }
    }
}
