/**
 * What a kit reports about itself, for health checks and status pages:
 * {@link io.github.jimagekit.status.KitStatus} reads one kit's
 * {@link io.github.jimagekit.status.KitHealth} (storage writable, state cache open, failures in
 * the last minute) and its {@link io.github.jimagekit.status.KitReport} (counters, storage
 * calls, recent failures, registered generators and source groups). It sits above the facade
 * and only reads; the Spring Boot starter's health indicator and {@code imagekit} endpoint and
 * the example gallery's status page are built on it.
 */
package io.github.jimagekit.status;
