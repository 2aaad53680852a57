package io.github.jimagekit.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded, concurrent memory of computed values: the one implementation behind the kit's
 * memos (cache files by template arguments, resolved cache files, rendered tags, source
 * versions). Not part of the API.
 *
 * <p>When it holds more than its capacity it evicts single entries, never everything, so a
 * working set just over the capacity still hits for nearly every lookup. The eviction policy
 * is CLOCK (second chance) over the map's own iteration order: a lookup marks its entry as
 * used; the eviction hand, advancing only when something is added over the capacity, spares
 * (and unmarks) a used entry once and removes the first unused or expired one. A hit is one
 * {@link ConcurrentHashMap#get} plus, with a time-to-live, one clock read.
 *
 * <p>Each entry may carry the name of the source it was computed from, so that
 * {@link #forget(String)} drops every entry of a source at once.
 *
 * @param <K> the key type, compared by {@code equals}
 * @param <V> the value type
 */
public final class BoundedMemo<K, V> {

    private static final long FOREVER = Long.MAX_VALUE;
    /** A time-to-live this long or longer never ends (and has no millisecond count). */
    private static final Duration LONGEST = Duration.ofMillis(Long.MAX_VALUE);

    private final ConcurrentHashMap<K, Node<V>> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final long ttlMillis;
    private final Clock clock;
    private final ReentrantLock evicting = new ReentrantLock();
    /** Where the eviction hand stands; guarded by {@link #evicting}. */
    private Iterator<Map.Entry<K, Node<V>>> hand;

    private BoundedMemo(int capacity, long ttlMillis, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.ttlMillis = ttlMillis;
        this.clock = clock;
    }

    /**
     * Creates a memo whose entries are trusted for a while after they were put.
     *
     * @param capacity how many entries it holds at most, at least 1
     * @param ttl      how long an entry is trusted; zero or negative remembers nothing, and
     *     {@code Long.MAX_VALUE} milliseconds or more is forever
     * @param clock    the clock that times the entries
     * @param <K>      the key type
     * @param <V>      the value type
     * @return the memo
     * @throws IllegalArgumentException when the capacity is below 1
     */
    public static <K, V> BoundedMemo<K, V> expiring(int capacity, Duration ttl, Clock clock) {
        Objects.requireNonNull(ttl, "ttl");
        Objects.requireNonNull(clock, "clock");
        if (ttl.compareTo(LONGEST) >= 0) {
            return unexpiring(capacity);
        }
        return new BoundedMemo<>(capacity, ttl.isNegative() ? 0 : ttl.toMillis(), clock);
    }

    /**
     * Creates a memo whose entries are trusted until evicted or forgotten.
     *
     * @param capacity how many entries it holds at most, at least 1
     * @param <K>      the key type
     * @param <V>      the value type
     * @return the memo
     * @throws IllegalArgumentException when the capacity is below 1
     */
    public static <K, V> BoundedMemo<K, V> unexpiring(int capacity) {
        return new BoundedMemo<>(capacity, FOREVER, null);
    }

    /**
     * Tells whether this memo remembers anything: false when its time-to-live is zero.
     *
     * @return whether {@link #put} keeps values
     */
    public boolean remembers() {
        return ttlMillis > 0;
    }

    /**
     * Returns a remembered value that has not expired.
     *
     * @param key the key
     * @return the value, or {@code null} when none is remembered or it has expired
     */
    public V get(K key) {
        Node<V> n = entries.get(key);
        if (n == null || (n.expiresAt != FOREVER && clock.millis() >= n.expiresAt)) {
            return null;
        }
        if (!n.used) {
            // a racy write of a hint: a lost mark only makes the entry a candidate sooner
            n.used = true;
        }
        return n.value;
    }

    /**
     * Remembers a value, replacing the key's previous one.
     *
     * @param key    the key
     * @param value  the value
     * @param source the name of the source it was computed from, for {@link #forget}; may be
     *     {@code null}
     */
    public void put(K key, V value, String source) {
        Objects.requireNonNull(value, "value");
        if (!remembers()) {
            return;
        }
        if (entries.put(key, new Node<>(value, source, expiry())) == null) {
            evictOverCapacity();
        }
    }

    /**
     * Remembers a value unless a fresh one is remembered for the key, so that concurrent
     * callers computing the same value end up sharing one.
     *
     * @param key    the key
     * @param value  the value
     * @param source the name of the source it was computed from; may be {@code null}
     * @return the value now remembered: the fresh one found, or {@code value}
     */
    public V putIfAbsent(K key, V value, String source) {
        Objects.requireNonNull(value, "value");
        if (!remembers()) {
            return value;
        }
        Node<V> node = new Node<>(value, source, expiry());
        while (true) {
            Node<V> old = entries.putIfAbsent(key, node);
            if (old == null) {
                evictOverCapacity();
                return value;
            }
            if (old.expiresAt == FOREVER || clock.millis() < old.expiresAt) {
                return old.value;
            }
            if (entries.replace(key, old, node)) {
                return value;
            }
        }
    }

    /**
     * Forgets one key's value.
     *
     * @param key the key
     */
    public void remove(K key) {
        entries.remove(key);
    }

    /**
     * Forgets every value computed from a source.
     *
     * @param source the source's name, as given to {@link #put}
     */
    public void forget(String source) {
        Objects.requireNonNull(source, "source");
        entries.values().removeIf(n -> source.equals(n.source));
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
        evicting.lock();
        try {
            // the hand would keep the entry it stands on reachable
            hand = null;
        } finally {
            evicting.unlock();
        }
    }

    /**
     * Counts the entries, expired ones included until they are evicted or replaced.
     *
     * @return how many entries are held
     */
    public int size() {
        return entries.size();
    }

    /**
     * Returns the capacity.
     *
     * @return how many entries it holds at most
     */
    public int capacity() {
        return capacity;
    }

    @Override
    public String toString() {
        return "BoundedMemo[" + entries.size() + " of " + capacity
                + (ttlMillis == FOREVER ? "" : ", ttl " + ttlMillis + " ms") + "]";
    }

    private long expiry() {
        if (ttlMillis == FOREVER) {
            return FOREVER;
        }
        long now = clock.millis();
        return now > FOREVER - ttlMillis ? FOREVER - 1 : now + ttlMillis;
    }

    /** Advances the hand until the memo is back within its capacity. */
    private void evictOverCapacity() {
        if (entries.size() <= capacity) {
            return;
        }
        evicting.lock();
        try {
            long now = ttlMillis == FOREVER ? 0 : clock.millis();
            // two turns of the hand unmark and then find every entry, so this ends
            long steps = 2L * entries.size() + 2;
            while (entries.size() > capacity && steps-- > 0) {
                if (hand == null || !hand.hasNext()) {
                    hand = entries.entrySet().iterator();
                    if (!hand.hasNext()) {
                        return;
                    }
                }
                Map.Entry<K, Node<V>> e = hand.next();
                Node<V> n = e.getValue();
                if (n.used && (n.expiresAt == FOREVER || now < n.expiresAt)) {
                    n.used = false;
                } else {
                    entries.remove(e.getKey(), n);
                }
            }
        } finally {
            evicting.unlock();
        }
    }

    /** A remembered value, with what eviction and {@link #forget} need. */
    private static final class Node<V> {

        final V value;
        final String source;
        final long expiresAt;
        /** Set by a lookup, cleared by the passing hand. */
        boolean used;

        Node(V value, String source, long expiresAt) {
            this.value = value;
            this.source = source;
            this.expiresAt = expiresAt;
        }
    }
}
