package io.github.jimagekit.cli;

import io.github.jimagekit.batch.BatchItem;
import io.github.jimagekit.batch.BatchItem.Outcome;
import io.github.jimagekit.batch.BatchListener;
import io.github.jimagekit.batch.BatchSummary;
import io.github.jimagekit.registry.SourceGroupRegistration;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What {@code generateimages} prints. On a terminal: a progress bar redrawn in place at most
 * ten times a second, with failures printed above it as they happen. Elsewhere (a log, a
 * pipe): one plain line per file generated, missing or failed (and, verbose, already there).
 * Then the summary. Thread-safe.
 */
final class ProgressPrinter implements BatchListener {

    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int MAX_LISTED_FAILURES = 50;

    private final PrintStream out;
    private final boolean terminal;
    private final boolean verbose;
    private final int width;
    private final LongSupplier nanoTime;
    private long total = -1;
    private long done;
    private long generated;
    private long startNanos;
    private long drawnNanos;
    private boolean barShown;

    /**
     * Creates a printer.
     *
     * @param out      where to print
     * @param terminal whether {@code out} is a terminal (progress bar) or not (plain lines)
     * @param verbose  whether plain lines include files already there
     * @param width    the terminal's width in columns
     * @param nanoTime the clock, {@code System::nanoTime}
     */
    ProgressPrinter(PrintStream out, boolean terminal, boolean verbose, int width,
            LongSupplier nanoTime) {
        this.out = out;
        this.terminal = terminal;
        this.verbose = verbose;
        this.width = Math.max(40, width);
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void started(List<SourceGroupRegistration> registrations, long count,
            List<String> warnings) {
        this.total = count;
        this.startNanos = nanoTime.getAsLong();
        warnings.forEach(w -> out.println("warning: " + w));
        if (registrations.isEmpty()) {
            out.println("nothing to generate: no selected generator is registered on a source"
                    + " group");
        }
        for (SourceGroupRegistration r : registrations) {
            out.println("generating " + r);
        }
        out.flush();
    }

    @Override
    public synchronized void done(BatchItem item) {
        done++;
        if (item.outcome() == Outcome.GENERATED || item.outcome() == Outcome.ENQUEUED) {
            generated++;
        }
        String line = line(item);
        if (terminal) {
            if (line != null) {
                clearBar();
                out.println(line);
            }
            long now = nanoTime.getAsLong();
            if (line != null || now - drawnNanos >= REDRAW_NANOS) {
                drawBar(now);
            }
        } else if (line != null) {
            out.println(line);
        }
        out.flush();
    }

    @Override
    public synchronized void finished(BatchSummary s) {
        if (terminal) {
            drawBar(nanoTime.getAsLong());
            out.println();
        }
        if (s.stopped()) {
            out.println(s.failed() > 0 ? "stopped at the first failure (--fail-fast)"
                    : "interrupted: rerun to generate the rest");
        }
        out.println((s.dryRun() ? "dry run: " : "done: ") + s.describe());
        if (s.failed() > 0) {
            out.println("failed:");
            s.failures().stream().limit(MAX_LISTED_FAILURES).forEach(f -> out.println("  " + f));
            if (s.failed() > MAX_LISTED_FAILURES) {
                out.println("  ... and " + (s.failed() - MAX_LISTED_FAILURES) + " more");
            }
        }
        out.flush();
    }

    /** The line printed for a file, or {@code null} for none. */
    private String line(BatchItem item) {
        switch (item.outcome()) {
            case GENERATED:
                return terminal ? null : "generated      " + item.generatorId() + " "
                        + item.source() + " -> " + item.cacheFile();
            case ENQUEUED:
                return terminal ? null : "enqueued       " + item.generatorId() + " "
                        + item.source() + " -> " + item.cacheFile();
            case WOULD_GENERATE:
                return "would generate " + item.generatorId() + " " + item.source() + " -> "
                        + item.cacheFile();
            case ALREADY_THERE:
                return verbose && !terminal ? "already there  " + item.generatorId() + " "
                        + item.source() : null;
            case MISSING_SOURCE:
                return "missing source " + item.generatorId() + " " + item.source();
            default:
                return "FAILED         " + item;
        }
    }

    private void drawBar(long now) {
        drawnNanos = now;
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double rate = generated / seconds;
        StringBuilder tail = new StringBuilder();
        if (total > 0) {
            tail.append(String.format(Locale.ROOT, " %3d%% %d/%d", Math.min(100, done * 100
                    / total), done, total));
        } else {
            tail.append(' ').append(done).append(" files");
        }
        tail.append(String.format(Locale.ROOT, " %.1f img/s", rate));
        if (total > 0 && done > 0 && done < total) {
            long eta = Math.round(seconds / done * (total - done));
            tail.append(String.format(Locale.ROOT, " ETA %d:%02d", eta / 60, eta % 60));
        }
        int barWidth = Math.max(10, width - tail.length() - 3);
        int filled = total > 0 ? (int) Math.min(barWidth, done * barWidth / total)
                : (int) (done % (barWidth + 1));
        out.print("\r[" + "#".repeat(filled) + ".".repeat(barWidth - filled) + "]" + tail);
        barShown = true;
    }

    private void clearBar() {
        if (barShown) {
            out.print("\r" + " ".repeat(width - 1) + "\r");
            barShown = false;
        }
    }
}
