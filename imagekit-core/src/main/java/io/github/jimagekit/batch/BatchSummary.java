package io.github.jimagekit.batch;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The outcome of a batch run: how many files were generated, found already there, skipped
 * for a missing source, or failed, and how long it took.
 *
 * @param generated     files generated (in a dry run: files that would be)
 * @param enqueued      files handed to a distributed backend, for its workers to generate
 * @param alreadyThere  files that existed
 * @param missingSource sources the groups listed that do not exist
 * @param failed        files that failed
 * @param failures      the failures, at most {@value #MAX_FAILURES} (the first ones)
 * @param warnings      what the user should know about the selection
 * @param elapsed       the wall-clock time of the run
 * @param dryRun        whether nothing was generated on purpose
 * @param stopped       whether the run ended early: {@code --fail-fast} or an interruption
 */
public record BatchSummary(long generated, long enqueued, long alreadyThere,
        long missingSource, long failed, List<BatchItem> failures, List<String> warnings,
        Duration elapsed, boolean dryRun, boolean stopped) {

    /** How many failures a summary keeps. */
    public static final int MAX_FAILURES = 1000;

    /** The exit status when nothing failed. */
    public static final int OK = 0;
    /** The exit status when a file failed. */
    public static final int FAILURES = 1;

    /**
     * Checks the values.
     *
     * @param generated     not negative
     * @param alreadyThere  not negative
     * @param missingSource not negative
     * @param failed        not negative
     * @param failures      the failures
     * @param warnings      the warnings
     * @param elapsed       the time taken
     * @param dryRun        whether it was a dry run
     * @param stopped       whether it stopped early
     */
    public BatchSummary {
        if (generated < 0 || enqueued < 0 || alreadyThere < 0 || missingSource < 0
                || failed < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(elapsed, "elapsed");
    }

    /**
     * Returns how many files were looked at.
     *
     * @return the sum of the four counts
     */
    public long total() {
        return generated + enqueued + alreadyThere + missingSource + failed;
    }

    /**
     * Returns the generation rate.
     *
     * @return generated files per second of elapsed time; 0 for a dry run or an instant run
     */
    public double imagesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return dryRun || seconds <= 0 ? 0 : generated / seconds;
    }

    /**
     * Returns the exit status of {@code generateimages}.
     *
     * @return {@link #FAILURES} when a file failed, else {@link #OK}
     */
    public int exitStatus() {
        return failed > 0 ? FAILURES : OK;
    }

    /**
     * Describes the counts in one line.
     *
     * @return for example {@code "25 files in 4.1 s: 24 generated (5.9 img/s), 0 already
     *     there, 0 missing source, 1 failed"}; a distributed run ends with
     *     {@code ", 24 enqueued"}
     */
    public String describe() {
        return String.format(Locale.ROOT, "%d %s in %.1f s: %d %s%s, %d already there,"
                + " %d missing source, %d failed", total(), total() == 1 ? "file" : "files",
                elapsed.toNanos() / 1e9, generated, dryRun ? "would be generated" : "generated",
                dryRun || generated == 0 ? "" : String.format(Locale.ROOT, " (%.1f img/s)",
                        imagesPerSecond()),
                alreadyThere, missingSource, failed)
                + (enqueued > 0 ? String.format(Locale.ROOT, ", %d enqueued", enqueued) : "");
    }
}
