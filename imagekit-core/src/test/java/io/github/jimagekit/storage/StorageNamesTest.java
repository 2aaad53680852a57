package io.github.jimagekit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.UnsafeNameException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class StorageNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"dog.jpg", "photos/dog.jpg", "a/b/c/d.png", "with space/ä ö.jpg",
        "CACHE/images/photos/dog/0123abcd.jpg", "..hidden/x", "x..y/z", "ab:c/d"})
    void check_safeName_returnsIt(String name) {
        assertThat(StorageNames.check(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "photos/../../etc/passwd", "photos/..", "..",
        "/etc/passwd", "photos\\..\\x", "photos\\dog.jpg", "photos/\u0000dog.jpg",
        "photos/dog.jpg\n", "photos/\u001bdog", "photos//dog.jpg", "./dog.jpg", "photos/./dog",
        "photos/", "C:/Windows/win.ini", "c:dog.jpg", "photos/\u007fdog"})
    void check_unsafeName_throwsNamingTheValue(String name) {
        assertThatThrownBy(() -> StorageNames.check(name))
                .isInstanceOf(UnsafeNameException.class)
                .hasMessageStartingWith("storage name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u0000"})
    void check_emptyOrControl_throws(String name) {
        assertThatThrownBy(() -> StorageNames.check(name)).isInstanceOf(UnsafeNameException.class);
    }

    @org.junit.jupiter.api.Test
    void check_controlCharacter_messageShowsItEscaped() {
        assertThatThrownBy(() -> StorageNames.check("a\nb"))
                .hasMessageContaining("a\\u000ab")
                .hasMessageNotContaining("\n");
    }

    @org.junit.jupiter.api.Test
    void check_tooLong_throws() {
        assertThatThrownBy(() -> StorageNames.check("a".repeat(StorageNames.MAX_LENGTH + 1)))
                .isInstanceOf(UnsafeNameException.class).hasMessageContaining("longer than");
    }

    @org.junit.jupiter.api.Test
    void checkDirectory_rootAndTrailingSlash_normalised() {
        assertThat(StorageNames.checkDirectory("")).isEmpty();
        assertThat(StorageNames.checkDirectory("CACHE/images/")).isEqualTo("CACHE/images");
        assertThatThrownBy(() -> StorageNames.checkDirectory("../x"))
                .isInstanceOf(UnsafeNameException.class);
    }
}
