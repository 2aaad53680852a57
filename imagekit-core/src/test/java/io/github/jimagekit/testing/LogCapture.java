package io.github.jimagekit.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what a {@code java.util.logging} logger and its children publish, for tests of what
 * the library logs through {@code System.Logger} (which reaches JUL when no other
 * {@code LoggerFinder} is installed). Close it to detach and restore the logger's level.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.of("io.github.jimagekit", Level.INFO)) {
 *     ...
 *     assertThat(log.messages(Level.WARNING)).containsExactly(...);
 * }
 * }</pre>
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private final Logger logger;
    private final Level previous;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture(Logger logger, Level level) {
        this.logger = logger;
        this.previous = logger.getLevel();
        setLevel(Level.ALL);
        logger.setLevel(level);
        logger.addHandler(this);
    }

    /**
     * Starts recording.
     *
     * @param loggerName the logger, such as {@code "io.github.jimagekit"}; its children's
     *     records reach it too
     * @param level      the level the logger is set to while recording
     * @return the capture
     */
    public static LogCapture of(String loggerName, Level level) {
        return new LogCapture(Logger.getLogger(Objects.requireNonNull(loggerName, "loggerName")),
                Objects.requireNonNull(level, "level"));
    }

    /**
     * Returns every record so far.
     *
     * @return the records, oldest first
     */
    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /**
     * Returns the records of one level.
     *
     * @param level the level, such as {@code Level.WARNING}
     * @return those records, oldest first
     */
    public List<LogRecord> at(Level level) {
        return records.stream().filter(r -> r.getLevel().equals(level)).toList();
    }

    /**
     * Returns the messages of one level.
     *
     * @param level the level
     * @return their messages, oldest first
     */
    public List<String> messages(Level level) {
        return at(level).stream().map(LogRecord::getMessage).toList();
    }

    /** Forgets what was recorded so far. */
    public void clear() {
        records.clear();
    }

    @Override
    public void publish(LogRecord r) {
        records.add(r);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    /** Detaches from the logger and restores its level. */
    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previous);
    }
}
