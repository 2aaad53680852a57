package io.github.jimagekit.s3;

import java.time.Duration;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Makes the {@link S3Client} of a storage: the JDK's HTTP client (blocking calls need no
 * other), the region from the builder or the SDK's chain, and, for an S3-compatible server,
 * checksums only where the API requires them (the SDK's optional CRC trailers are refused by
 * many such servers).
 */
final class S3Clients {

    /** Loopback servers answer at once; a remote one that takes this long is down. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(30);

    private S3Clients() {
    }

    /**
     * Makes a client from a builder's settings.
     *
     * @param b the builder
     * @return the client; its owner closes it
     * @throws IllegalStateException when no region is set or found
     */
    static S3Client make(S3StorageBuilder b) {
        S3ClientBuilder c = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(CONNECT_TIMEOUT)
                        .socketTimeout(SOCKET_TIMEOUT))
                .region(region(b));
        if (b.endpoint != null) {
            c.endpointOverride(b.endpoint)
                    .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                    .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        }
        if (b.pathStyle != null) {
            c.forcePathStyle(b.pathStyle);
        }
        if (b.credentials != null) {
            c.credentialsProvider(b.credentials);
        }
        if (b.clientConfiguration != null) {
            b.clientConfiguration.accept(c);
        }
        return c.build();
    }

    private static Region region(S3StorageBuilder b) {
        if (b.region != null) {
            return b.region;
        }
        try {
            return DefaultAwsRegionProviderChain.builder().build().getRegion();
        } catch (SdkClientException e) {
            if (b.endpoint != null) {
                // S3-compatible servers sign with a region but seldom care which
                return Region.US_EAST_1;
            }
            throw new IllegalStateException("no region for bucket \"" + b.bucket + "\": set "
                    + S3Keys.REGION.name() + ", AWS_REGION or aws.region", e);
        }
    }
}
