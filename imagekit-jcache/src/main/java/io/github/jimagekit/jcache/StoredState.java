package io.github.jimagekit.jcache;

import io.github.jimagekit.cachefile.CacheFileState;
import io.github.jimagekit.cachefile.StateTimeouts;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A state as the cache holds it: the state and the instant it expires at, in a versioned text
 * form that every node and every provider reads alike, with no Java class needed to decode it.
 *
 * <p>Format 1, fields separated by {@code |}, the last one running to the end (so a message
 * or an owner may hold {@code |}); {@code expires} is in epoch milliseconds, or {@code -} for
 * never:
 * <pre>
 * 1|E|expires|width|height|bytes|format     CacheFileState.Exists
 * 1|N|expires                              CacheFileState.DoesNotExist
 * 1|G|leaseUntil|owner                     CacheFileState.Generating
 * 1|F|until|message                        CacheFileState.Failed
 * </pre>
 * Text rather than bytes because JCache's {@code replace(key, old, new)} compares values with
 * {@code equals} on some providers, which a {@code byte[]} does not have.
 *
 * @param state     the state
 * @param expiresAt when it stops counting, in epoch milliseconds; {@link Long#MAX_VALUE} never
 */
record StoredState(CacheFileState state, long expiresAt) {

    /** The format this version writes and reads. */
    static final String VERSION = "1";

    private static final String NEVER = "-";

    StoredState {
        Objects.requireNonNull(state, "state");
    }

    /**
     * Stores a state: a lease or a failure until its own deadline, the others for as long as
     * the timeouts say.
     *
     * @param state     the state
     * @param nowMillis the current time in epoch milliseconds
     * @param timeouts  how long states are kept
     * @return the stored state
     */
    static StoredState of(CacheFileState state, long nowMillis, StateTimeouts timeouts) {
        if (state instanceof CacheFileState.Generating g) {
            return new StoredState(state, g.leaseUntil());
        }
        if (state instanceof CacheFileState.Failed f) {
            return new StoredState(state, f.until());
        }
        long expires = timeouts.timeToLive(state).map(Duration::toMillis)
                .map(ttl -> saturatedAdd(nowMillis, ttl)).orElse(Long.MAX_VALUE);
        return new StoredState(state, expires);
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    /**
     * Tells whether the state still counts.
     *
     * @param nowMillis the current time in epoch milliseconds
     * @return whether its expiry is in the future
     */
    boolean isLive(long nowMillis) {
        return nowMillis < expiresAt;
    }

    /**
     * Writes the stored form.
     *
     * @return the text, starting with the format's version
     */
    String encode() {
        String expires = expiresAt == Long.MAX_VALUE ? NEVER : Long.toString(expiresAt);
        String head = VERSION + '|';
        if (state instanceof CacheFileState.Exists e) {
            return head + "E|" + expires + '|' + e.width() + '|' + e.height() + '|' + e.bytes()
                    + '|' + e.format();
        }
        if (state instanceof CacheFileState.Generating g) {
            return head + "G|" + expires + '|' + g.owner();
        }
        if (state instanceof CacheFileState.Failed f) {
            return head + "F|" + expires + '|' + f.message();
        }
        return head + "N|" + expires;
    }

    /**
     * Reads a stored form.
     *
     * @param text what the cache holds
     * @return the state, or empty when the text is not of a format this version knows (a newer
     *     node's, or damaged)
     */
    static Optional<StoredState> decode(String text) {
        String[] f = text.split("\\|", 3);
        if (f.length < 3 || !f[0].equals(VERSION) || f[1].length() != 1) {
            return Optional.empty();
        }
        String rest = f[2];
        int bar = rest.indexOf('|');
        String expires = bar < 0 ? rest : rest.substring(0, bar);
        String tail = bar < 0 ? null : rest.substring(bar + 1);
        try {
            long at = expires.equals(NEVER) ? Long.MAX_VALUE : Long.parseLong(expires);
            return state(f[1].charAt(0), at, tail).map(s -> new StoredState(s, at));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<CacheFileState> state(char kind, long at, String tail) {
        if (kind == 'N') {
            return tail == null ? Optional.of(CacheFileState.DoesNotExist.INSTANCE)
                    : Optional.empty();
        }
        if (tail == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case 'E' -> exists(tail);
            case 'G' -> Optional.of(new CacheFileState.Generating(tail, at));
            case 'F' -> Optional.of(new CacheFileState.Failed(tail, at));
            default -> Optional.empty();
        };
    }

    private static Optional<CacheFileState> exists(String tail) {
        String[] f = tail.split("\\|", 4);
        if (f.length < 4) {
            return Optional.empty();
        }
        return Optional.of(new CacheFileState.Exists(Integer.parseInt(f[0]),
                Integer.parseInt(f[1]), f[3], Long.parseLong(f[2])));
    }
}
