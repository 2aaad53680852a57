package io.github.jimagekit.cluster;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Records every S3 request of a node JVM as {@code "GET /bucket/key 404"}, for the node's
 * status page. The SDK makes it by class name for every client (it is listed in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}), so the node's storage,
 * built from the settings alone, is counted as it is; the one log of the JVM is therefore a
 * static field, in this test-only class.
 */
public final class S3RequestLog implements ExecutionInterceptor {

    private static final List<String> EXCHANGES = new CopyOnWriteArrayList<>();

    /** Made by the SDK. */
    public S3RequestLog() {
    }

    @Override
    public void afterTransmission(Context.AfterTransmission context,
            ExecutionAttributes attributes) {
        EXCHANGES.add(context.httpRequest().method() + " " + context.httpRequest().encodedPath()
                + " " + context.httpResponse().statusCode());
    }

    /**
     * Returns the JVM's requests so far, oldest first.
     *
     * @return a copy
     */
    static List<String> exchanges() {
        return List.copyOf(EXCHANGES);
    }
}
