/**
 * The cluster test: {@link io.github.jimagekit.cluster.ClusterIT} starts S3Proxy, a Hazelcast
 * cluster and three {@link io.github.jimagekit.cluster.ClusterNode} JVMs that share them, and
 * counts generations and S3 requests across the nodes.
 */
package io.github.jimagekit.cluster;
