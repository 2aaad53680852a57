package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.processor.Size;
import org.junit.jupiter.api.Test;

final class FallbackImageTest {

    private static final String URL = "/static/missing.png";

    @Test
    void of_geometryWithBothSides_isSizedByIt() {
        FallbackImage image = FallbackImage.of(URL, ImageTag.builder().geometry("120x80")
                .build());

        assertThat(image).isEqualTo(new FallbackImage(URL, new Size(120, 80)));
        assertThat(image.getUrl()).isEqualTo(URL);
        assertThat(image.getWidth()).isEqualTo(120);
        assertThat(image.getHeight()).isEqualTo(80);
    }

    @Test
    void of_oneSideBadGeometryOrSpec_hasNoSize() {
        assertThat(FallbackImage.of(URL, ImageTag.builder().geometry("x80").build()).size())
                .isNull();
        assertThat(FallbackImage.of(URL, ImageTag.builder().geometry("12xab").build()).size())
                .isNull();
        assertThat(FallbackImage.of(URL, ImageTag.builder().spec("app:small").build())
                .optionalSize()).isEmpty();
    }

    @Test
    void beanProperties_unsized_answerAsAPageReadsThem() {
        FallbackImage image = new FallbackImage(URL, null);

        assertThat(image.getWidth()).isNull();
        assertThat(image.getHeight()).isNull();
        assertThat(image.getName()).isEmpty();
        assertThat(image.isReady()).isFalse();
    }
}
