package io.github.jimagekit.s3;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Records every HTTP exchange a client makes, as {@code "GET /bucket/key -> 206"} followed by
 * the request headers a test asks about ({@code Range}, {@code If-None-Match}) and the response's
 * {@code Content-Length}: what the storage really costs in requests and bytes.
 */
final class RequestLog implements ExecutionInterceptor {

    private final List<String> exchanges = new ArrayList<>();

    @Override
    public synchronized void afterTransmission(Context.AfterTransmission context,
            ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        SdkHttpResponse response = context.httpResponse();
        StringBuilder b = new StringBuilder().append(request.method()).append(' ')
                .append(request.encodedPath());
        request.firstMatchingRawQueryParameter("list-type").ifPresent(v -> b.append("?list"));
        b.append(" -> ").append(response.statusCode());
        request.firstMatchingHeader("Range").ifPresent(v -> b.append(" Range=").append(v));
        request.firstMatchingHeader("If-None-Match").ifPresent(v -> b.append(" If-None-Match=")
                .append(v));
        if (request.method().name().equals("GET")) {
            response.firstMatchingHeader("Content-Length").ifPresent(v -> b.append(" length=")
                    .append(v));
        }
        exchanges.add(b.toString());
    }

    /**
     * Returns the exchanges so far, oldest first.
     *
     * @return a copy
     */
    synchronized List<String> exchanges() {
        return List.copyOf(exchanges);
    }

    /** Forgets the exchanges so far. */
    synchronized void clear() {
        exchanges.clear();
    }
}
