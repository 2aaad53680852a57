package io.github.jimagekit.s3;

import java.io.IOException;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Turns the SDK's exceptions into the {@link IOException}s the {@code Storage} contract
 * promises, naming the operation, bucket and key, and the server's error code: never the
 * request's headers or signature, so never a credential.
 */
final class S3Failures {

    private S3Failures() {
    }

    /**
     * Describes a failed request.
     *
     * @param action what was tried, such as {@code "read"}
     * @param bucket the bucket
     * @param key    the object key or key prefix
     * @param e      what the SDK threw
     * @return an exception to throw, with {@code e} as its cause
     */
    static IOException of(String action, String bucket, String key, SdkException e) {
        return new IOException("cannot " + action + " s3://" + bucket + "/" + key + ": "
                + reason(e), e);
    }

    /**
     * Tells the HTTP status of a service error.
     *
     * @param e what the SDK threw
     * @return the status, or 0 when the request got no answer
     */
    static int status(SdkException e) {
        return e instanceof AwsServiceException s ? s.statusCode() : 0;
    }

    private static String reason(SdkException e) {
        if (e instanceof AwsServiceException s) {
            AwsErrorDetails d = s.awsErrorDetails();
            String code = d != null && d.errorCode() != null ? d.errorCode() : "error";
            String message = d != null && d.errorMessage() != null ? ", " + d.errorMessage()
                    : "";
            return code + " (HTTP " + s.statusCode() + message + ")";
        }
        return e.getClass().getSimpleName() + (e.getMessage() != null ? ", " + e.getMessage()
                : "");
    }
}
