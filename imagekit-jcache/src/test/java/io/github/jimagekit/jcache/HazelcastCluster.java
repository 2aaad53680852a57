package io.github.jimagekit.jcache;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import javax.cache.CacheManager;

/**
 * An embedded Hazelcast cluster in the test JVM: members on loopback, on free ports, joined by
 * TCP-IP with multicast and auto-detection off, under a cluster name of their own. Published
 * in the module's test-jar: the cluster test ({@code cluster-test}) connects its node JVMs to
 * one as Hazelcast clients.
 */
public final class HazelcastCluster implements AutoCloseable {

    private final String name = "imagekit-test-" + UUID.randomUUID();
    private final List<HazelcastInstance> members = new ArrayList<>();
    private final List<String> addresses;

    /**
     * Starts the members, all at once, and waits until each sees all.
     *
     * @param size how many members
     */
    public HazelcastCluster(int size) {
        List<Integer> ports = freePorts(size);
        addresses = ports.stream().map(p -> "127.0.0.1:" + p).toList();
        List<CompletableFuture<HazelcastInstance>> starting = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Config c = config(i, ports.get(i), addresses);
            starting.add(CompletableFuture.supplyAsync(() -> Hazelcast.newHazelcastInstance(c)));
        }
        starting.forEach(f -> members.add(f.join()));
    }

    private Config config(int index, int port, List<String> addresses) {
        Config c = new Config().setClusterName(name).setInstanceName(name + "-" + index);
        c.setProperty("hazelcast.phone.home.enabled", "false");
        c.setProperty("hazelcast.logging.type", "none");
        c.setProperty("hazelcast.socket.bind.any", "false");
        c.setProperty("hazelcast.wait.seconds.before.join", "0");
        NetworkConfig n = c.getNetworkConfig().setPort(port).setPortAutoIncrement(false);
        n.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = n.getJoin();
        join.getAutoDetectionConfig().setEnabled(false);
        join.getMulticastConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(addresses);
        return c;
    }

    /**
     * Returns the cluster's name, which its clients must give.
     *
     * @return {@code imagekit-test-<uuid>}
     */
    public String name() {
        return name;
    }

    /**
     * Returns the members' addresses, for clients.
     *
     * @return {@code 127.0.0.1:<port>} of each member
     */
    public List<String> addresses() {
        return addresses;
    }

    /**
     * Returns a member.
     *
     * @param index its index
     * @return the member
     */
    HazelcastInstance member(int index) {
        return members.get(index);
    }

    /**
     * Opens the JCache cache manager of a member, as the application of that member would:
     * the default URI and class loader, which Hazelcast leaves out of the cache's distributed
     * name, so that every member's cache is the same one. A provider of its own, as each
     * member's JVM would have (one provider keeps one manager per URI and class loader).
     *
     * @param index the member's index
     * @return the manager (closed with the member)
     */
    CacheManager cacheManager(int index) {
        return new HazelcastMemberCachingProvider().getCacheManager(null, null,
                HazelcastCachingProvider.propertiesByInstanceItself(member(index)));
    }

    /** Terminates the members. */
    @Override
    public void close() {
        members.forEach(m -> m.getLifecycleService().terminate());
    }

    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket s : sockets) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing a test's probe socket: nothing to do
                }
            }
        }
    }
}
