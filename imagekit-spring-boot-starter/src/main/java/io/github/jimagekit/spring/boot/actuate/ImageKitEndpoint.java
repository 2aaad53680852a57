package io.github.jimagekit.spring.boot.actuate;

import io.github.jimagekit.status.KitReport;
import io.github.jimagekit.status.KitStatus;
import java.util.Objects;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The {@code imagekit} endpoint ({@code GET /actuator/imagekit} once exposed): what the kit
 * counted and registered, as JSON: the cache-file counters with the recent failures (name,
 * message, time), the failures of the last minute, the storage calls by operation, the
 * registered generators and source groups, and the kit's parts.
 */
@Endpoint(id = "imagekit")
public class ImageKitEndpoint {

    private final KitStatus status;

    /**
     * Creates the endpoint.
     *
     * @param status the kit's status reader
     */
    public ImageKitEndpoint(KitStatus status) {
        this.status = Objects.requireNonNull(status, "status");
    }

    /**
     * Reads the kit.
     *
     * @return the report, which Actuator writes as JSON
     */
    @ReadOperation
    public KitReport report() {
        return status.report();
    }
}
