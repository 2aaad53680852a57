package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.NotRegisteredException;
import java.io.File;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ImageTagExceptionTest {

    private static final ImageTag TAG = ImageTag.builder().spec("app:small")
            .source("photos/dog.png").build();

    @Test
    void forErrorPage_withCause_keepsTypeMessageAndStackAndSuppressesTheCause() {
        IllegalStateException raw = new IllegalStateException("boom in /srv/secret/x");
        GenerationFailedException generation = new GenerationFailedException(
                "spec \"app:small\": processing failed: IllegalStateException", raw);
        ImageTagException failure = ImageTagException.of(TAG, generation);

        ImageTagException page = failure.forErrorPage();

        assertThat(page).isNotSameAs(failure).isExactlyInstanceOf(ImageTagException.class)
                .hasMessage("cannot render image of spec \"app:small\" for source"
                        + " \"photos/dog.png\": spec \"app:small\": processing failed:"
                        + " IllegalStateException")
                .hasNoCause();
        assertThat(page.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(page.getSuppressed()).containsExactly(generation);
        assertThat(page.getSuppressed()[0].getCause()).isSameAs(raw);
    }

    @Test
    void forErrorPage_withoutCause_isTheSameException() {
        ImageTagException failure = new ImageTagException("cannot render image", null);

        assertThat(failure.forErrorPage()).isSameAs(failure);
    }

    @Test
    void of_jimagekitFailure_givesItsMessageOtherFailuresOnlyTheirType() {
        assertThat(ImageTagException.of(TAG, new NotRegisteredException("generator \"x\" is"
                + " not registered"))).hasMessage("cannot render image of spec \"app:small\""
                + " for source \"photos/dog.png\": generator \"x\" is not registered");
        assertThat(ImageTagException.of(ImageTag.builder().geometry("10x10").build(),
                new IllegalStateException("/srv/secret"))).hasMessage("cannot render image of"
                + " spec \"imagekit:thumbnail\" for source (none): internal error"
                + " (IllegalStateException)");
    }

    @Test
    void of_imageTagException_isItself() {
        ImageTagException failure = new ImageTagException("cannot render image", null);

        assertThat(ImageTagException.of(TAG, failure)).isSameAs(failure);
    }

    @Test
    void describe_neverRevealsPaths() {
        assertThat(ImageTagException.describe(Path.of("/srv/secret/photos/a.jpg")))
                .isEqualTo("\"a.jpg\"");
        assertThat(ImageTagException.describe(new File("/srv/secret/b.jpg")))
                .isEqualTo("\"b.jpg\"");
        assertThat(ImageTagException.describe(42)).isEqualTo("of type Integer");
    }
}
