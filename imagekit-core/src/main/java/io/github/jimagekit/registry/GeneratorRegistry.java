package io.github.jimagekit.registry;

import io.github.jimagekit.error.AlreadyRegisteredException;
import io.github.jimagekit.error.NotRegisteredException;
import io.github.jimagekit.spec.GeneratorFactory;
import java.util.Collections;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.regex.Pattern;

/**
 * Generator ids to generator factories: django-imagekit's {@code generator_registry}. Ids are
 * colon-separated segments of letters, digits, {@code _}, {@code .} and {@code -}, such as
 * {@code "myapp:profile:avatar_thumbnail"}. Thread-safe.
 */
public final class GeneratorRegistry {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+)*");

    private final NavigableMap<String, GeneratorFactory> factories =
            new ConcurrentSkipListMap<>();

    /**
     * Registers a factory under an id. Registering the same factory again is a no-op.
     *
     * @param id      the generator id
     * @param factory makes the generator
     * @throws IllegalArgumentException when the id is malformed
     * @throws AlreadyRegisteredException when another factory has the id
     */
    public void register(String id, GeneratorFactory factory) {
        checkId(id);
        Objects.requireNonNull(factory, "factory");
        GeneratorFactory previous = factories.putIfAbsent(id, factory);
        if (previous != null && !previous.equals(factory)) {
            throw new AlreadyRegisteredException("generator \"" + id
                    + "\" is already registered");
        }
    }

    /**
     * Removes a registration.
     *
     * @param id the generator id
     * @throws NotRegisteredException when the id is not registered
     */
    public void unregister(String id) {
        if (factories.remove(id) == null) {
            throw notRegistered(id);
        }
    }

    /**
     * Returns the factory registered under an id.
     *
     * @param id the generator id
     * @return the factory
     * @throws NotRegisteredException listing the registered ids when the id is not registered
     */
    public GeneratorFactory factory(String id) {
        GeneratorFactory f = id == null ? null : factories.get(id);
        if (f == null) {
            throw notRegistered(id);
        }
        return f;
    }

    /**
     * Tells whether an id is registered.
     *
     * @param id the generator id
     * @return whether a factory is registered under it
     */
    public boolean contains(String id) {
        return id != null && factories.containsKey(id);
    }

    /**
     * Returns the registered ids.
     *
     * @return the ids, sorted
     */
    public Set<String> ids() {
        return Collections.unmodifiableSet(factories.navigableKeySet());
    }

    private NotRegisteredException notRegistered(String id) {
        return new NotRegisteredException("generator \"" + id + "\" is not registered"
                + " (registered: " + String.join(", ", factories.keySet()) + ")");
    }

    static void checkId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("generator id \"" + id + "\" is malformed: use"
                    + " colon-separated segments of letters, digits, _, . and -, such as"
                    + " \"myapp:profile:avatar\"");
        }
    }
}
