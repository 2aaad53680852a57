package io.github.jimagekit.spring.boot.actuate;

import io.github.jimagekit.status.KitHealth;
import io.github.jimagekit.status.KitStatus;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code imagekit} health indicator: {@code UP} when the kit's cache-file storage is
 * writable and its state cache open, else {@code DOWN}; the details say what was found and how
 * many generations failed in the last minute. Failed generations never make it {@code DOWN}:
 * one broken upload must not take a server out of its load balancer.
 *
 * <pre>{@code
 * "imagekit": {"status": "UP", "details": {"storage": "writable", "stateCache": "open",
 *     "failuresLastMinute": 0}}
 * }</pre>
 */
public class ImageKitHealthIndicator implements HealthIndicator {

    private final KitStatus status;

    /**
     * Creates the indicator.
     *
     * @param status the kit's status reader
     */
    public ImageKitHealthIndicator(KitStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Checks the kit.
     *
     * @return {@code UP} or {@code DOWN}, with the details {@code storage},
     *     {@code stateCache} and {@code failuresLastMinute}
     */
    @Override
    public Health health() {
        KitHealth health = status.health();
        return (health.isUp() ? Health.up() : Health.down())
                .withDetail("storage", health.storage().detail())
                .withDetail("stateCache", health.stateCache().detail())
                .withDetail("failuresLastMinute", health.failuresLastMinute())
                .build();
    }
}
