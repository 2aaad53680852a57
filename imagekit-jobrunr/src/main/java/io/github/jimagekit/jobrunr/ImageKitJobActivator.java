package io.github.jimagekit.jobrunr;

import io.github.jimagekit.ImageKit;
import java.util.Objects;
import org.jobrunr.server.JobActivator;

/**
 * How a node's JobRunr server finds the kit: it hands out a {@link GenerationHandler} bound to
 * the kit, and asks another activator (an application's own, or Spring's) for every other
 * handler. Pass it to a {@code BackgroundJobServer} that an application configures itself;
 * {@link JobRunrWorker} uses it.
 */
public final class ImageKitJobActivator implements JobActivator {

    private final GenerationHandler handler;
    private final JobActivator others;

    /**
     * Creates the activator.
     *
     * @param kit    the node's kit
     * @param others the activator of the application's own jobs; {@code null}: none
     */
    public ImageKitJobActivator(ImageKit kit, JobActivator others) {
        this.handler = new GenerationHandler(Objects.requireNonNull(kit, "kit"));
        this.others = others;
    }

    /**
     * Returns the kit's handler, or asks the other activator.
     *
     * @param type the handler type JobRunr needs
     * @param <T>  the type
     * @return the handler, or {@code null} when no activator knows the type (JobRunr then
     *     makes it with its no-argument constructor)
     */
    @Override
    public <T> T activateJob(Class<T> type) {
        if (type == GenerationHandler.class) {
            return type.cast(handler);
        }
        return others != null ? others.activateJob(type) : null;
    }
}
