package io.github.jimagekit.cli;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.batch.BatchSummary;
import io.github.jimagekit.batch.GeneratorIdPattern;
import io.github.jimagekit.cachefile.CacheFileBackend;
import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.config.PropertiesFile;
import io.github.jimagekit.registry.SourceGroupRegistration;
import io.github.jimagekit.servlet.WebAppInputs;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The options of {@code generateimages} and what it does with them. Options may come before or
 * after patterns; {@code --name value} and {@code --name=value} are both accepted,
 * {@code -D key=value} and {@code -Dkey=value} too; {@code --} ends the options.
 */
@Command(name = "generateimages",
        versionProvider = Version.class, sortOptions = false, synopsisHeading = "usage: ",
        customSynopsis = "generateimages [options] [pattern ...]",
        descriptionHeading = "%n",
        description = {
            "Generates the cache files of the generators registered on source groups. A pattern"
                + " selects generator ids: * matches within a colon-separated segment, ** across"
                + " segments, and a pattern also matches the ids below it (\"gallery\" matches"
                + " \"gallery:card:small\"). No pattern selects every generator."},
        parameterListHeading = "%n", optionListHeading = "%noptions:%n",
        exitCodeListHeading = "%nexit status:%n",
        exitCodeList = {
            "0:nothing failed",
            "1:a file failed",
            "2:a usage or configuration error",
            "130:interrupted"})
final class GenerateImagesCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "pattern", arity = "0..*",
            description = "generator ids to generate; none: every generator")
    private List<String> patterns = new ArrayList<>();

    @Option(order = 1, names = "--force", description = "regenerate files that already exist")
    private boolean force;

    @Option(order = 2, names = "--dry-run",
            description = "list what would be generated; generate nothing")
    private boolean dryRun;

    private int threads;

    @Option(order = 4, names = "--fail-fast", description = "stop at the first failure")
    private boolean failFast;

    @Option(order = 5, names = "--webapp", paramLabel = "PATH", description = {
        "load the application from a WAR file or exploded WAR directory: its classes,"
            + " libraries and settings, read as the running application reads them"})
    private Path webapp;

    @Option(order = 6, names = "--config", paramLabel = "FILE",
            description = "read settings from an imagekit.properties file")
    private Path config;

    @Option(order = 7, names = "-D", paramLabel = "key=value",
            description = "set a setting, e.g. -D imagekit.storage.root=/srv/media")
    private List<String> settings = new ArrayList<>();

    @Option(order = 8, names = "--list",
            description = "list the generators and their source groups; generate nothing")
    private boolean list;

    @Option(order = 12, names = "--distributed", description = {
        "enqueue one job per file on the kit's distributed backend (imagekit-jobrunr:"
            + " imagekit.default.cachefile.backend=io.github.jimagekit.jobrunr.JobRunrBackend)"
            + " for every node's workers to generate, instead of generating here"})
    private boolean distributed;

    @Option(order = 9, names = {"-v", "--verbose"},
            description = "also list the files that already exist")
    private boolean verbose;

    @Option(order = 10, names = {"-h", "--help"}, usageHelp = true,
            description = "show this help")
    private boolean help;

    @Option(order = 11, names = {"-V", "--version"}, versionHelp = true,
            description = "show the version")
    private boolean version;

    /**
     * Creates the command.
     *
     * @param out            where progress and the summary go
     * @param err            where errors go
     * @param terminal       whether {@code out} is a terminal (progress bar) or not
     * @param defaultThreads the threads when {@code --threads} is not given
     * @param environment    the JVM's system properties and environment variables
     */
    GenerateImagesCommand(PrintStream out, PrintStream err, boolean terminal,
            int defaultThreads, Environment environment) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.threads = defaultThreads;
        this.systemProperties = environment.systemProperties();
        this.environment = environment.variables();
    }

    /**
     * Sets {@code --threads}.
     *
     * @param value the option's value
     * @throws ParameterException quoting the value unless it is a whole number of at least 1
     */
    @Option(order = 3, names = "--threads", paramLabel = "N",
            description = "generate N images at a time (default: the number of cores)")
    void threads(String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                threads = n;
                return;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--threads must be a whole number of"
                + " at least 1, was \"" + value + "\"");
    }

    @Override
    public Integer call() {
        Map<String, String> overrides = overrides();
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader own = GenerateImagesCommand.class.getClassLoader();
        try (WebApp war = webapp != null ? WebApp.open(webapp, own) : null) {
            WebAppInputs app = war != null ? war : new ClassPathApp(own);
            Thread.currentThread().setContextClassLoader(app.classLoader());
            return generate(settings(app, overrides), app.classLoader());
        } catch (IOException | IllegalArgumentException | ImageKitException e) {
            err.println("generateimages: " + e.getMessage());
            if (e instanceof InvalidConfigurationException) {
                err.println("settings can be given with -D key=value; an empty value turns one"
                        + " off, such as -D imagekit.cache.disk.dir=");
            }
            return GenerateImages.USAGE_ERROR;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** The {@code -D} settings in order, each checked. */
    private Map<String, String> overrides() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : settings) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ParameterException(spec.commandLine(), "-D needs key=value, was \""
                        + pair + "\"");
            }
            String key = pair.substring(0, eq).strip();
            if (!key.startsWith(ImageKitConfig.PREFIX)) {
                throw new ParameterException(spec.commandLine(), "-D " + key + ": settings"
                        + " start with \"" + ImageKitConfig.PREFIX + "\"");
            }
            map.put(key, pair.substring(eq + 1).strip());
        }
        return map;
    }

    private int generate(ImageKitConfig settings, ClassLoader loader) {
        // start-up pregeneration is off: this run is the pregeneration
        ImageKitConfig config = settings.toBuilder().set(ConfigKey.PREGENERATE, "").build();
        try (ImageKit kit = ImageKit.builder().config(config).classLoader(loader).build()) {
            if (list) {
                list(kit);
                return GenerateImages.OK;
            }
            CacheFileBackend backend = distributed ? distributedBackend(kit)
                    : CacheFileBackend.simple();
            BatchSummary s = kit.batch().patterns(patterns).backend(backend)
                    .force(force).dryRun(dryRun).threads(threads)
                    .failFast(failFast).countFirst(terminal)
                    .listener(new ProgressPrinter(out, terminal, verbose, columns(),
                            System::nanoTime))
                    .build().run();
            return Thread.interrupted() ? GenerateImages.INTERRUPTED : s.exitStatus();
        }
    }

    /** The kit's backend, which {@code --distributed} needs to be a job engine's. */
    private static CacheFileBackend distributedBackend(ImageKit kit) {
        CacheFileBackend backend = kit.cacheFiles().backend();
        if (!backend.isDistributed()) {
            throw new IllegalArgumentException("--distributed needs a distributed backend, but "
                    + ConfigKey.DEFAULT_CACHEFILE_BACKEND.key() + " gives " + backend
                    + ": set it to io.github.jimagekit.jobrunr.JobRunrBackend (module"
                    + " imagekit-jobrunr) with the imagekit.jobrunr.* settings");
        }
        return backend;
    }

    /**
     * Returns the settings of this run: the application's, under {@code --config} and
     * {@code -D} ({@link CommandSettings}).
     *
     * @param app       the application
     * @param overrides the {@code -D} settings
     * @return the settings
     */
    ImageKitConfig settings(WebAppInputs app, Map<String, String> overrides) {
        Map<String, String> file = config != null ? PropertiesFile.read(config) : Map.of();
        return CommandSettings.read(app, file, overrides, systemProperties, environment);
    }

    private void list(ImageKit kit) {
        Predicate<String> selected = GeneratorIdPattern.anyOf(patterns);
        List<SourceGroupRegistration> all = kit.registry().sourceGroups().registrations();
        for (String id : kit.registry().generators().ids()) {
            if (!selected.test(id)) {
                continue;
            }
            List<SourceGroupRegistration> on = all.stream()
                    .filter(r -> r.generatorId().equals(id)).toList();
            if (on.isEmpty()) {
                out.println(id + "  (no source group)");
            }
            on.forEach(r -> out.println(r));
        }
        out.flush();
    }

    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
