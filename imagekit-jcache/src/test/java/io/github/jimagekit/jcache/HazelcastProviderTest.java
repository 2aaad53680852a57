package io.github.jimagekit.jcache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.cachefile.StateTimeouts;
import java.util.ArrayList;
import java.util.List;
import javax.cache.Cache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract on Hazelcast's JCache: a 3-member embedded cluster on loopback; the two "nodes"
 * are members 1 and 2, each through its own member's cache manager.
 */
final class HazelcastProviderTest extends StateCacheContract {

    private static HazelcastCluster cluster;
    private static final List<Cache<String, String>> CACHES = new ArrayList<>();

    @BeforeAll
    static void start() {
        cluster = new HazelcastCluster(3);
        for (int i = 0; i < 3; i++) {
            CACHES.add(CacheOpener.cache(cluster.cacheManager(i), "contract-states", true,
                    StateTimeouts.DEFAULT));
        }
    }

    @AfterAll
    static void stop() {
        CACHES.clear();
        cluster.close();
    }

    @Override
    Cache<String, String> cache(int node) {
        return CACHES.get(node);
    }

    @Test
    void cluster_threeMembers_eachSeesAll() {
        for (int i = 0; i < 3; i++) {
            assertThat(cluster.member(i).getCluster().getMembers()).hasSize(3);
        }
        CACHES.get(0).put("probe", "1|N|-");
        assertThat(CACHES.get(2).get("probe")).isEqualTo("1|N|-");
    }
}
