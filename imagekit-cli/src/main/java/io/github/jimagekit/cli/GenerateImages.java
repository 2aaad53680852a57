package io.github.jimagekit.cli;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;

/**
 * The {@code generateimages} command: django-imagekit's management command of that name, with
 * {@code --force}, {@code --dry-run}, {@code --threads}, {@code --fail-fast}, a progress bar
 * and an exit status that tells. It loads an application's generator libraries and settings
 * from the class path, or from a WAR with {@code --webapp}. The options are
 * {@link GenerateImagesCommand}'s; see this module's README.
 *
 * <pre>
 * java -jar generateimages.jar --webapp example.war -D imagekit.storage.root=/srv/media
 * </pre>
 */
public final class GenerateImages {

    /** The exit status when nothing failed. */
    public static final int OK = 0;
    /** The exit status when a file failed. */
    public static final int FAILED = 1;
    /** The exit status of a usage or configuration error. */
    public static final int USAGE_ERROR = 2;
    /** The exit status after an interruption (as for SIGINT). */
    public static final int INTERRUPTED = 130;

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
     * Runs the command in this JVM.
     *
     * @param args     options and patterns
     * @param out      where help, progress and the summary go
     * @param err      where errors go
     * @param terminal whether {@code out} is a terminal (progress bar) or not (plain lines)
     * @return the exit status: {@link #OK}, {@link #FAILED}, {@link #USAGE_ERROR} or
     *     {@link #INTERRUPTED}
     */
    public static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        return run(args, out, err, terminal, Environment.current());
    }

    /**
     * Runs the command in this JVM with given system properties and environment variables.
     *
     * @param args        options and patterns
     * @param out         where help, progress and the summary go
     * @param err         where errors go
     * @param terminal    whether {@code out} is a terminal
     * @param environment the system properties and environment variables the run reads
     * @return the exit status
     */
    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal,
            Environment environment) {
        GenerateImagesCommand command = new GenerateImagesCommand(out, err, terminal,
                Runtime.getRuntime().availableProcessors(), environment);
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        CommandLine cl = new CommandLine(command)
                // every option may be repeated, the last one winning, as before picocli
                .setOverwrittenOptionsAllowed(true)
                // a pattern is never a file of arguments
                .setExpandAtFiles(false)
                .setHelpFactory(SpacedHelp::new)
                .setOut(outWriter)
                .setErr(errWriter)
                .setParameterExceptionHandler(new UsageErrors(err));
        try {
            return cl.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
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
