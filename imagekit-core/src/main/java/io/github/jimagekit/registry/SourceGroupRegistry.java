package io.github.jimagekit.registry;

import io.github.jimagekit.spec.GeneratorArguments;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.spec.SourceListener;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generators registered on source groups: django-imagekit's {@code source_group_registry}, plus
 * registrations with fixed arguments, which is how template-only usages
 * ({@code <ik:thumbnail geometry="200x200">}) become known to batch generation. It also relays
 * the events of every registered group to one listener (the {@code ImageKit} that owns it).
 * Thread-safe.
 */
public final class SourceGroupRegistry {

    private final List<SourceGroupRegistration> registrations = new ArrayList<>();
    private final Map<SourceGroup, SourceGroup.Subscription> subscriptions =
            new IdentityHashMap<>();
    private SourceListener relay;

    /**
     * Registers a generator on a group. Registering the same generator, group and arguments
     * again is a no-op.
     *
     * @param generatorId the generator's id; it may be registered before or after this call
     * @param group       the sources it applies to
     * @param arguments   fixed arguments besides {@code source}, such as
     *     {@code Map.of("width", 200, "height", 200, "anchor", "c")}
     * @return the registration
     * @throws IllegalArgumentException when the id is malformed or the arguments name a source
     */
    public SourceGroupRegistration register(String generatorId, SourceGroup group,
            Map<String, ?> arguments) {
        SourceGroupRegistration r = new SourceGroupRegistration(generatorId, group,
                GeneratorArguments.of(Objects.requireNonNull(arguments, "arguments")));
        synchronized (this) {
            if (!registrations.contains(r)) {
                registrations.add(r);
            }
            if (relay != null && !subscriptions.containsKey(group)) {
                subscriptions.put(group, group.listen(relay));
            }
        }
        return r;
    }

    /**
     * Removes every registration of a generator on a group, whatever its arguments.
     *
     * @param generatorId the generator's id
     * @param group       the group
     * @return whether anything was removed
     */
    public synchronized boolean unregister(String generatorId, SourceGroup group) {
        boolean removed = registrations.removeIf(r -> r.generatorId().equals(generatorId)
                && r.group().equals(group));
        subscriptions.entrySet().removeIf(e -> {
            boolean unused = registrations.stream().noneMatch(r -> r.group() == e.getKey());
            if (unused) {
                e.getValue().close();
            }
            return unused;
        });
        return removed;
    }

    /**
     * Returns the registrations.
     *
     * @return a snapshot, in registration order
     */
    public synchronized List<SourceGroupRegistration> registrations() {
        return List.copyOf(registrations);
    }

    /**
     * Returns the registrations on one group.
     *
     * @param group the group
     * @return a snapshot, in registration order
     */
    public synchronized List<SourceGroupRegistration> registrationsOn(SourceGroup group) {
        return registrations.stream().filter(r -> r.group().equals(group)).toList();
    }

    /**
     * Relays the events of every registered group, present and future, to a listener. One
     * listener at a time: the {@code ImageKit} that owns this registry.
     *
     * @param listener the listener
     * @return the subscription; closing it unsubscribes from every group
     * @throws IllegalStateException when a listener is already relayed to
     */
    public synchronized SourceGroup.Subscription relayTo(SourceListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (relay != null) {
            throw new IllegalStateException("source group events are already relayed");
        }
        relay = listener;
        for (SourceGroupRegistration r : registrations) {
            subscriptions.computeIfAbsent(r.group(), g -> g.listen(listener));
        }
        return this::stopRelaying;
    }

    private synchronized void stopRelaying() {
        subscriptions.values().forEach(SourceGroup.Subscription::close);
        subscriptions.clear();
        relay = null;
    }
}
