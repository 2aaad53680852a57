package io.github.jimagekit.cachefile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.error.BadImageException;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.error.ImageTooLargeException;
import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.error.UnsafeNameException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

final class FailureCauseTest {

    @Test
    void of_kitExceptions_byType() {
        assertThat(FailureCause.of(new MissingSourceException("m")))
                .isEqualTo(FailureCause.MISSING_SOURCE);
        assertThat(FailureCause.of(new ImageTooLargeException("m")))
                .isEqualTo(FailureCause.IMAGE_TOO_LARGE);
        assertThat(FailureCause.of(new BadImageException("m")))
                .isEqualTo(FailureCause.BAD_IMAGE);
        assertThat(FailureCause.of(new GenerationFailedException("m")))
                .isEqualTo(FailureCause.PROCESSING);
    }

    @Test
    void of_badImageOverAnIoError_isTheBadImage() {
        assertThat(FailureCause.of(new BadImageException("truncated", new IOException("eof"))))
                .isEqualTo(FailureCause.BAD_IMAGE);
    }

    @Test
    void of_ioErrorItselfOrBeneath_isStorage() {
        assertThat(FailureCause.of(new AccessDeniedException("save")))
                .isEqualTo(FailureCause.STORAGE);
        assertThat(FailureCause.of(new UncheckedIOException(new IOException("x"))))
                .isEqualTo(FailureCause.STORAGE);
        assertThat(FailureCause.of(new ImageKitException("source \"a.jpg\" cannot be read",
                new IOException("x")))).isEqualTo(FailureCause.STORAGE);
    }

    @Test
    void of_anythingElse_isOther() {
        assertThat(FailureCause.of(new IllegalStateException("x"))).isEqualTo(FailureCause.OTHER);
        assertThat(FailureCause.of(new UnsafeNameException("x"))).isEqualTo(FailureCause.OTHER);
    }

    @Test
    void of_causeChainThatLoops_endsAsOther() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        assertThat(FailureCause.of(a)).isEqualTo(FailureCause.OTHER);
    }

    @Test
    void tagValue_lowerCaseAndDistinct() {
        assertThat(Arrays.stream(FailureCause.values()).map(FailureCause::tagValue))
                .containsExactly("missing-source", "image-too-large", "bad-image", "processing",
                        "storage", "other");
    }
}
