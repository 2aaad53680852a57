package io.github.jimagekit.s3;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/** Makes listings ask for a few keys per page, so that a test of paging needs few objects. */
final class PageSize implements ExecutionInterceptor {

    private final int keys;

    PageSize(int keys) {
        this.keys = keys;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context,
            ExecutionAttributes attributes) {
        return context.request() instanceof ListObjectsV2Request r
                ? r.toBuilder().maxKeys(keys).build() : context.request();
    }
}
