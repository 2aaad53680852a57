package io.github.jimagekit.status;

import io.github.jimagekit.cachefile.CacheStatistics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a kit counted and what it has registered, at one moment: a status page's content, in
 * values that serialize to JSON as they are (records, lists, maps of strings and numbers, an
 * {@code Instant} per failure).
 *
 * @param cache              the cache-file layer's counters and its recent failures, newest
 *     first
 * @param failuresLastMinute how many generations failed in the last minute
 * @param storageCalls       the calls made to the storages, by operation
 * @param generators         the registered generator ids, sorted
 * @param sourceGroups       the generators registered on source groups, in registration order
 * @param components         which storage, state cache, backend and strategy the kit uses
 */
public record KitReport(CacheStatistics.Snapshot cache, long failuresLastMinute,
        StorageCalls storageCalls, List<String> generators, List<SourceGroupUse> sourceGroups,
        Components components) {

    /**
     * Checks and copies the values.
     *
     * @param cache              not null
     * @param failuresLastMinute how many
     * @param storageCalls       not null
     * @param generators         copied
     * @param sourceGroups       copied
     * @param components         not null
     */
    public KitReport {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(storageCalls, "storageCalls");
        generators = List.copyOf(generators);
        sourceGroups = List.copyOf(sourceGroups);
        Objects.requireNonNull(components, "components");
    }

    /**
     * Calls that may reach a storage, by operation ({@code exists}, {@code stat},
     * {@code open}, {@code save}, {@code delete}, {@code list}). The health check's probe is
     * not counted.
     *
     * @param cacheFiles calls to the cache-file storage
     * @param sources    calls to the source storage
     * @param shared     whether the two are one storage (then both maps hold the same counts)
     */
    public record StorageCalls(Map<String, Long> cacheFiles, Map<String, Long> sources,
            boolean shared) {

        /**
         * Copies the maps, keeping their order.
         *
         * @param cacheFiles copied
         * @param sources    copied
         * @param shared     whether the two are one storage
         */
        public StorageCalls {
            cacheFiles = Collections.unmodifiableMap(new LinkedHashMap<>(cacheFiles));
            sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
        }
    }

    /**
     * One generator registered on a source group: what pregeneration and
     * {@code generateimages} make.
     *
     * @param generator the generator id
     * @param group     the group, as it describes itself (such as
     *     {@code SourceGroup.glob(photos/**}{@code /*.jpg)})
     * @param arguments the fixed arguments besides the source, as text
     */
    public record SourceGroupUse(String generator, String group, Map<String, String> arguments) {

        /**
         * Copies the arguments, keeping their order.
         *
         * @param generator not null
         * @param group     not null
         * @param arguments copied
         */
        public SourceGroupUse {
            Objects.requireNonNull(generator, "generator");
            Objects.requireNonNull(group, "group");
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }

    /**
     * The parts the kit was built with, as they describe themselves.
     *
     * @param storage       the cache-file storage, such as {@code FileSystemStorage[/media/]}
     * @param sourceStorage the source storage
     * @param stateCache    the state cache, such as {@code StateCache.ehcache(imagekit:)}
     * @param backend       the default backend, such as {@code CacheFileBackend.simple()}
     * @param strategy      the default strategy, such as {@code CacheFileStrategy.just-in-time}
     */
    public record Components(String storage, String sourceStorage, String stateCache,
            String backend, String strategy) {
    }
}
