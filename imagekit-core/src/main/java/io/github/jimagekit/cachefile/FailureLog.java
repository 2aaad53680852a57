package io.github.jimagekit.cachefile;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Logs failed generations, as the logger of this class's name: one {@code WARNING} line per
 * cache file and failure window, with the error's message and no stack trace; the stack trace
 * only when the logger is at {@code DEBUG}. A broken source on a busy page thus costs one line
 * every failure window, however many requests ask for it, even with a state cache that
 * remembers no failure. (Its own logger, so that the name a log shows, whether the logger's or,
 * as JUL formatters print, the calling class's, is the one to configure.)
 */
final class FailureLog {

    private static final System.Logger LOG = System.getLogger(FailureLog.class.getName());

    /** Beyond this many files warned about in their window, the expired ones are dropped. */
    static final int MAX_REMEMBERED = 10_000;

    private final long windowMillis;
    /** Cache file name → end of the window in which it was warned about. */
    private final ConcurrentMap<String, Long> warnedUntil = new ConcurrentHashMap<>();

    /**
     * Creates the log.
     *
     * @param window the failure window ({@code imagekit.cache.failure-timeout})
     */
    FailureLog(Duration window) {
        this.windowMillis = Math.max(0, window.toMillis());
    }

    /**
     * Logs one failed generation.
     *
     * @param name      the cache file's name
     * @param message   the error, naming the spec and the source
     * @param cause     the error itself, whose stack trace is logged at {@code DEBUG} only
     * @param nowMillis when it failed, by the clock that times the failure window
     */
    void failed(String name, String message, Throwable cause, long nowMillis) {
        boolean debug = LOG.isLoggable(Level.DEBUG);
        String line = "cannot generate \"" + name + "\": " + message;
        if (firstInWindow(name, nowMillis)) {
            LOG.log(Level.WARNING, line, debug ? cause : null);
        } else if (debug) {
            LOG.log(Level.DEBUG, line, cause);
        }
    }

    private boolean firstInWindow(String name, long now) {
        long until = now + windowMillis;
        Long previous = warnedUntil.get(name);
        if (previous != null && now < previous) {
            return false;
        }
        if (previous == null && warnedUntil.size() >= MAX_REMEMBERED) {
            warnedUntil.values().removeIf(end -> end <= now);
            if (warnedUntil.size() >= MAX_REMEMBERED) {
                return true;
            }
        }
        // of two threads failing the same file at once, one wins the window
        return previous == null ? warnedUntil.putIfAbsent(name, until) == null
                : warnedUntil.replace(name, previous, until);
    }
}
