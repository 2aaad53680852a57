package io.github.jimagekit.jobrunr;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.StateCache;
import io.github.jimagekit.cachefile.StateTimeouts;
import io.github.jimagekit.config.ImageKitConfig;
import io.github.jimagekit.spec.SourceGroup;
import io.github.jimagekit.storage.FileSystemStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Nodes of a test cluster in one JVM: each its own kit with the JobRunr backend and a worker,
 * all sharing one H2 job database, one cache directory, one source directory and one state
 * cache instance.
 */
final class Nodes implements AutoCloseable {

    final Map<String, AtomicInteger> saves = new ConcurrentHashMap<>();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    final JobDatabase database;
    private final Path cache;
    private final Path sources;
    private final StateCache states;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final String name;

    Nodes(String databaseName, Path cache, Path sources) {
        this.name = databaseName;
        this.cache = cache;
        this.sources = sources;
        this.database = JobDatabase.open(config());
        this.states = StateCache.inMemory(StateTimeouts.DEFAULT, Clock.systemUTC(), "");
    }

    ImageKitConfig config() {
        return ImageKitConfig.builder()
                .set("imagekit.jobrunr.datasource.url", "jdbc:h2:mem:" + name
                        + ";DB_CLOSE_DELAY=-1")
                .set("imagekit.jobrunr.poll-interval", "5s")
                .set("imagekit.jobrunr.retries", "2")
                .set("imagekit.cache.failure-timeout", "60s")
                .build();
    }

    /** Starts a node: its kit, enqueuing into the shared database, and its worker. */
    ImageKit start() {
        ImageKit kit = kit();
        open.add(0, kit);
        open.add(0, JobRunrWorker.start(kit));
        return kit;
    }

    /** A kit that only enqueues, as the command line's does. */
    ImageKit kit() {
        return ImageKit.builder().config(config()).discover(false)
                .library(registry -> registry.sourceGroup(ImageKit.THUMBNAIL,
                        SourceGroup.glob("*.png"), Map.of("width", 40, "height", 30)))
                .storage(new SavingStorage(new FileSystemStorage(cache, "/media/"), saves,
                        failOnce))
                .sourceStorage(new FileSystemStorage(sources, "/src/"))
                .stateCache(states)
                .backend(new JobRunrBackend(database, config()))
                .build();
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        database.close();
    }
}
