package io.github.jimagekit.example;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PhotoTest {

    @ParameterizedTest
    @CsvSource({
        "alpine-lake.jpg, Alpine lake, JPG",
        "2024/summer/IMG_0042.JPEG, IMG 0042, JPEG",
        "dir.v2/no-extension, No extension, ''",
        ".hidden.png, .hidden, PNG",
        "a__b--c d.tif, A b c d, TIF"
    })
    void titleAndType_comeFromTheFileName(String name, String title, String type) {
        Photo p = new Photo(name);

        assertThat(p.getName()).isEqualTo(name);
        assertThat(p.getTitle()).isEqualTo(title);
        assertThat(p.getType()).isEqualTo(type);
    }
}
