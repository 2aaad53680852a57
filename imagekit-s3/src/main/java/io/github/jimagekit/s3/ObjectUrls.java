package io.github.jimagekit.s3;

import java.time.Duration;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ServiceClientConfiguration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * How a storage name becomes a URL: a base URL followed by the percent-encoded name, or a
 * presigned GET of the object. Both are computed without a request.
 */
sealed interface ObjectUrls extends AutoCloseable {

    /**
     * Computes a URL.
     *
     * @param name a checked storage name
     * @param key  its object key
     * @return the URL
     */
    String url(String name, String key);

    @Override
    void close();

    /**
     * URLs under a base URL.
     *
     * @param baseUrl ends with a slash
     * @return the URLs
     */
    static ObjectUrls under(String baseUrl) {
        return new Under(baseUrl);
    }

    /**
     * Presigned GET URLs, signed with the client's credentials, region and endpoint.
     *
     * @param client   the storage's client
     * @param bucket   the bucket
     * @param lifetime how long each URL is valid
     * @return the URLs; closing them closes the presigner
     */
    static ObjectUrls presigned(S3Client client, String bucket, Duration lifetime) {
        S3ServiceClientConfiguration c = client.serviceClientConfiguration();
        S3Presigner.Builder p = S3Presigner.builder().s3Client(client).region(c.region())
                .credentialsProvider(c.credentialsProvider());
        c.endpointOverride().ifPresent(p::endpointOverride);
        return new Presigned(p.build(), bucket, lifetime);
    }

    /** A base URL followed by the name, each segment percent-encoded. */
    record Under(String baseUrl) implements ObjectUrls {
        @Override
        public String url(String name, String key) {
            return baseUrl + SdkHttpUtils.urlEncodeIgnoreSlashes(name);
        }

        @Override
        public void close() {
            // nothing held
        }

        @Override
        public String toString() {
            return baseUrl;
        }
    }

    /** Presigned GETs: signed locally, no request. */
    record Presigned(S3Presigner presigner, String bucket, Duration lifetime)
            implements ObjectUrls {
        @Override
        public String url(String name, String key) {
            return presigner.presignGetObject(p -> p.signatureDuration(lifetime)
                    .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString();
        }

        @Override
        public void close() {
            presigner.close();
        }

        @Override
        public String toString() {
            return "presigned for " + lifetime;
        }
    }
}
