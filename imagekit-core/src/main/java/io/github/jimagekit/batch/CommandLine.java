package io.github.jimagekit.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code generateimages}, parsed. Options may come before or after patterns;
 * {@code --name value} and {@code --name=value} are both accepted, {@code -D key=value} and
 * {@code -Dkey=value} too; {@code --} ends the options.
 *
 * @param patterns generator id patterns; empty for all
 * @param force    regenerate existing files
 * @param dryRun   only list
 * @param threads  generation threads
 * @param failFast stop at the first failure
 * @param webapp   a WAR file or exploded WAR directory, or {@code null}
 * @param config   an {@code imagekit.properties} file, or {@code null}
 * @param settings {@code -D} overrides, in order
 * @param list     list the registrations instead of generating
 * @param verbose  also print files already there
 * @param help     print the usage
 */
record CommandLine(List<String> patterns, boolean force, boolean dryRun, int threads,
        boolean failFast, Path webapp, Path config, Map<String, String> settings, boolean list,
        boolean verbose, boolean help) {

    /** Thrown for a command line that cannot be understood; the message says why. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    static CommandLine parse(String[] args, int defaultThreads) throws UsageException {
        Parser p = new Parser(args, defaultThreads);
        p.parse();
        return new CommandLine(List.copyOf(p.patterns), p.force, p.dryRun, p.threads,
                p.failFast, p.webapp, p.config, Map.copyOf(p.settings), p.list, p.verbose,
                p.help);
    }

    /** The mutable state of one parse. */
    private static final class Parser {

        private final String[] args;
        private int i;
        private final List<String> patterns = new ArrayList<>();
        private boolean force;
        private boolean dryRun;
        private int threads;
        private boolean failFast;
        private Path webapp;
        private Path config;
        private final Map<String, String> settings = new LinkedHashMap<>();
        private boolean list;
        private boolean verbose;
        private boolean help;

        Parser(String[] args, int defaultThreads) {
            this.args = args;
            this.threads = defaultThreads;
        }

        void parse() throws UsageException {
            boolean options = true;
            for (i = 0; i < args.length; i++) {
                String a = args[i];
                if (options && a.equals("--")) {
                    options = false;
                } else if (options && a.startsWith("-D")) {
                    setting(a.length() > 2 ? a.substring(2) : value("-D"));
                } else if (options && a.startsWith("-")) {
                    option(a);
                } else {
                    patterns.add(a);
                }
            }
        }

        private void option(String a) throws UsageException {
            int eq = a.indexOf('=');
            String name = eq > 0 ? a.substring(0, eq) : a;
            String inline = eq > 0 ? a.substring(eq + 1) : null;
            switch (name) {
                case "--force" -> force = flag(name, inline);
                case "--dry-run" -> dryRun = flag(name, inline);
                case "--fail-fast" -> failFast = flag(name, inline);
                case "--list" -> list = flag(name, inline);
                case "--verbose", "-v" -> verbose = flag(name, inline);
                case "--help", "-h" -> help = flag(name, inline);
                case "--threads" -> threads = threads(inline != null ? inline : value(name));
                case "--webapp" -> webapp = Path.of(inline != null ? inline : value(name));
                case "--config" -> config = Path.of(inline != null ? inline : value(name));
                default -> throw new UsageException("unknown option \"" + a + "\"");
            }
        }

        private boolean flag(String name, String inline) throws UsageException {
            if (inline != null) {
                throw new UsageException("option " + name + " takes no value, was \"" + inline
                        + "\"");
            }
            return true;
        }

        private String value(String name) throws UsageException {
            if (i + 1 >= args.length) {
                throw new UsageException("option " + name + " needs a value");
            }
            return args[++i];
        }

        private int threads(String v) throws UsageException {
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--threads must be a whole number of at least 1, was \""
                    + v + "\"");
        }

        private void setting(String pair) throws UsageException {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("-D needs key=value, was \"" + pair + "\"");
            }
            settings.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
    }
}
