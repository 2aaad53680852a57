package io.github.jimagekit.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/** Failures name the operation, bucket, key and the server's answer, never a credential. */
@ExtendWith(S3ProxyExtension.class)
final class S3StorageErrorsTest {

    private static final String WRONG_SECRET = "wrong-secret-for-the-test";

    private final S3ProxyServer server;

    S3StorageErrorsTest(S3ProxyServer server) {
        this.server = server;
    }

    private S3StorageBuilder builder(String bucket) {
        return S3Storage.builder().bucket(bucket).prefix("media").endpoint(server.endpoint())
                .pathStyle(true);
    }

    @Test
    void read_wrongSecret_failsNamingBucketKeyAndCodeButNoCredential() {
        try (S3Client admin = server.client()) {
            admin.createBucket(b -> b.bucket("errors-secret"));
        }
        try (S3Storage storage = builder("errors-secret").credentials(StaticCredentialsProvider
                .create(AwsBasicCredentials.create(S3ProxyServer.identity(), WRONG_SECRET)))
                .build()) {
            assertThatThrownBy(() -> storage.read("photos/dog.jpg"))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot read s3://errors-secret/media/photos/dog.jpg:"
                            + " SignatureDoesNotMatch (HTTP 403")
                    .hasMessageNotContaining(WRONG_SECRET)
                    .hasMessageNotContaining(S3ProxyServer.identity());
            assertThatThrownBy(() -> storage.stat("photos/dog.jpg"))
                    .hasMessageStartingWith("cannot stat s3://errors-secret/media/photos/dog.jpg:"
                            + " ")
                    .hasMessageContaining("HTTP 403")
                    .hasMessageNotContaining(WRONG_SECRET);
        }
    }

    @Test
    void saveAndList_missingBucket_failNamingTheBucket() {
        try (S3Storage storage = builder("errors-no-such-bucket").build()) {
            assertThatThrownBy(() -> storage.save("CACHE/images/a.jpg", new byte[] {1}))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot save"
                            + " s3://errors-no-such-bucket/media/CACHE/images/a.jpg:"
                            + " NoSuchBucket (HTTP 404");
            assertThatThrownBy(() -> storage.list("photos"))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot list s3://errors-no-such-bucket/media/photos/:"
                            + " NoSuchBucket (HTTP 404");
        }
    }

    @Test
    void read_serverDown_failsNamingBucketAndKey() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        try (S3Storage storage = S3Storage.builder().bucket("down").pathStyle(true)
                .endpoint(URI.create("http://127.0.0.1:" + port)).build()) {
            assertThatThrownBy(() -> storage.read("photos/dog.jpg"))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("cannot read s3://down/photos/dog.jpg:"
                            + " SdkClientException, Unable to execute HTTP request");
        }
    }
}
