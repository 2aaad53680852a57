package io.github.jimagekit.batch;

import io.github.jimagekit.config.ConfigKey;
import io.github.jimagekit.ImageKit;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.config.InvalidConfigurationException;
import io.github.jimagekit.registry.SourceGroupRegistration;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The {@code generateimages} command: django-imagekit's management command of that name, with
 * {@code --force}, {@code --dry-run}, {@code --threads}, {@code --fail-fast}, a progress bar
 * and an exit status that tells. It loads an application's generator libraries and settings
 * from the class path, or from a WAR with {@code --webapp}. See {@code docs/batch.md}.
 *
 * <pre>
 * java -jar imagekit-core-cli.jar --webapp example.war -D imagekit.storage.root=/srv/media
 * </pre>
 */
public final class GenerateImages {

    /** The exit status of a usage or configuration error. */
    public static final int USAGE_ERROR = 2;
    /** The exit status after an interruption (as for SIGINT). */
    public static final int INTERRUPTED = 130;

    static final String USAGE = """
            usage: generateimages [options] [pattern ...]

            Generates the cache files of the generators registered on source groups. A pattern
            selects generator ids: * matches within a colon-separated segment, ** across
            segments, and a pattern also matches the ids below it ("gallery" matches
            "gallery:card:small"). No pattern selects every generator.

            options:
              --force          regenerate files that already exist
              --dry-run        list what would be generated; generate nothing
              --threads N      generate N images at a time (default: the number of cores)
              --fail-fast      stop at the first failure
              --webapp PATH    load the application from a WAR file or exploded WAR directory
                               (WEB-INF/classes, WEB-INF/lib, WEB-INF/imagekit.properties)
              --config FILE    read settings from an imagekit.properties file
              -D key=value     set a setting, e.g. -D imagekit.storage.root=/srv/media
              --list           list the generators and their source groups; generate nothing
              -v, --verbose    also list the files that already exist
              -h, --help       show this help

            exit status: 0 when nothing failed, 1 when a file failed, 2 on a usage or
            configuration error, 130 when interrupted.
            """;

    private GenerateImages() {
    }

    /**
     * Runs the command and exits with its status. Ctrl-C stops it after the images in hand
     * and still closes the kit, so a persistent state cache keeps what was generated.
     *
     * @param args options and generator id patterns; {@code --help} lists them
     */
    public static void main(String[] args) {
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            // Ehcache logs through SLF4J; without a provider SLF4J would warn on every run
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread main = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            main.interrupt();
            try {
                finished.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "generateimages-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        int status;
        try {
            status = run(args, System.out, System.err, isTerminal());
        } finally {
            finished.countDown();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            return; // already shutting down: the JVM exits with the signal's status
        }
        System.exit(status);
    }

    /**
     * Runs the command.
     *
     * @param args     options and patterns
     * @param out      where progress and the summary go
     * @param err      where errors go
     * @param terminal whether {@code out} is a terminal (progress bar) or not (plain lines)
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        CommandLine cl;
        try {
            cl = CommandLine.parse(args, Runtime.getRuntime().availableProcessors());
            cl.settings().keySet().stream().filter(k -> !k.startsWith(ImageKitConfig.PREFIX))
                    .findFirst().ifPresent(k -> {
                        throw new IllegalArgumentException("-D " + k + ": settings start with"
                                + " \"" + ImageKitConfig.PREFIX + "\"");
                    });
        } catch (CommandLine.UsageException | IllegalArgumentException e) {
            err.println("generateimages: " + e.getMessage());
            err.println("try generateimages --help");
            return USAGE_ERROR;
        }
        if (cl.help()) {
            out.print(USAGE);
            return 0;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        ClassLoader own = GenerateImages.class.getClassLoader();
        try (WebApp app = cl.webapp() != null ? WebApp.open(cl.webapp(), own) : null) {
            ClassLoader loader = app != null ? app.classLoader() : own;
            Thread.currentThread().setContextClassLoader(loader);
            return generate(cl, config(cl, app, loader), loader, out, terminal);
        } catch (IOException | IllegalArgumentException | ImageKitException e) {
            err.println("generateimages: " + e.getMessage());
            if (e instanceof InvalidConfigurationException) {
                err.println("settings can be given with -D key=value; an empty value turns one"
                        + " off, such as -D imagekit.cache.disk.dir=");
            }
            return USAGE_ERROR;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static int generate(CommandLine cl, ImageKitConfig config, ClassLoader loader,
            PrintStream out, boolean terminal) {
        try (ImageKit kit = ImageKit.builder().config(config).classLoader(loader).build()) {
            if (cl.list()) {
                list(kit, cl.patterns(), out);
                return 0;
            }
            BatchSummary s = kit.batch().patterns(cl.patterns())
                    .force(cl.force()).dryRun(cl.dryRun()).threads(cl.threads())
                    .failFast(cl.failFast()).countFirst(terminal)
                    .listener(new ProgressPrinter(out, terminal, cl.verbose(), columns(),
                            System::nanoTime))
                    .build().run();
            return Thread.interrupted() ? INTERRUPTED : s.exitStatus();
        }
    }

    /**
     * The settings, later sources winning: {@code imagekit.properties} on the class path, the
     * webapp's, {@code --config}, {@code -D}. Start-up pregeneration is turned off: this is it.
     */
    private static ImageKitConfig config(CommandLine cl, WebApp app, ClassLoader loader)
            throws IOException {
        ImageKitConfig.Builder b = ImageKitConfig.loadFromClasspath(loader)
                .map(ImageKitConfig::toBuilder).orElseGet(ImageKitConfig::builder);
        if (app != null) {
            b.setAll(app.settings());
        }
        if (cl.config() != null) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(cl.config(), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            b.setAll(p);
        }
        b.setAll(cl.settings());
        return b.set(ConfigKey.PREGENERATE, "").build();
    }

    private static void list(ImageKit kit, List<String> patterns, PrintStream out) {
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

    /** {@code System.console()}, and on Java 22+ also {@code Console.isTerminal()}. */
    static boolean isTerminal() {
        Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
