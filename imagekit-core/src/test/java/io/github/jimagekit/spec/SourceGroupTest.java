package io.github.jimagekit.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.internal.MeteredStorage;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.FileSystemStorage;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageStatistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SourceGroupTest {

    @TempDir
    Path root;

    private MeteredStorage storage;

    @BeforeEach
    void files() throws IOException {
        storage = new MeteredStorage(new FileSystemStorage(root, "/media/"));
        for (String n : List.of("photos/a.jpg", "photos/b.png", "photos/2024/c.jpg",
                "photos/2024/05/d.JPG", "photos/notes.txt", "other/e.jpg", "top.jpg")) {
            Files.createDirectories(root.resolve(n).getParent());
            Files.write(root.resolve(n), new byte[] {1});
        }
    }

    private List<String> names(SourceGroup g) {
        try (Stream<Source> s = g.files(storage)) {
            return s.map(Source::name).sorted().toList();
        }
    }

    @Test
    void glob_doubleStar_crossesDirectoriesIncludingNone() {
        assertThat(names(SourceGroup.glob("photos/**/*.jpg")))
                .containsExactly("photos/2024/c.jpg", "photos/a.jpg");
    }

    @Test
    void glob_star_staysInOneDirectory() {
        assertThat(names(SourceGroup.glob("photos/*.jpg"))).containsExactly("photos/a.jpg");
        assertThat(names(SourceGroup.glob("*/*.jpg")))
                .containsExactly("other/e.jpg", "photos/a.jpg");
    }

    @Test
    void glob_trailingDoubleStar_isEveryFileBelow() {
        assertThat(names(SourceGroup.glob("photos/**"))).containsExactly("photos/2024/05/d.JPG",
                "photos/2024/c.jpg", "photos/a.jpg", "photos/b.png", "photos/notes.txt");
    }

    @Test
    void glob_bracesAndQuestionMark_matchAlternativesAndOneCharacter() {
        assertThat(names(SourceGroup.glob("photos/**/*.{jpg,png,JPG}"))).containsExactly(
                "photos/2024/05/d.JPG", "photos/2024/c.jpg", "photos/a.jpg", "photos/b.png");
        assertThat(names(SourceGroup.glob("photos/?.*")))
                .containsExactly("photos/a.jpg", "photos/b.png");
    }

    @Test
    void glob_exactName_listsItsDirectoryOnly() {
        assertThat(names(SourceGroup.glob("top.jpg"))).containsExactly("top.jpg");
        assertThat(((StorageGlobGroup) SourceGroup.glob("photos/2024/*.jpg")).directory())
                .isEqualTo("photos/2024");
        assertThat(((StorageGlobGroup) SourceGroup.glob("photos/*/x/*.jpg")).directory())
                .isEqualTo("photos");
        assertThat(((StorageGlobGroup) SourceGroup.glob("**/*.jpg")).directory()).isEmpty();
    }

    @Test
    void glob_regexCharacters_areLiteral() throws IOException {
        Files.write(root.resolve("photos/a+b (1).jpg"), new byte[] {1});
        assertThat(names(SourceGroup.glob("photos/a+b (1).jpg")))
                .containsExactly("photos/a+b (1).jpg");
        assertThat(names(SourceGroup.glob("photos/a.jp?"))).containsExactly("photos/a.jpg");
    }

    @Test
    void glob_missingDirectory_isEmpty() {
        assertThat(names(SourceGroup.glob("nothing/**/*.jpg"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "photos/**/*.jpg, photos/x.jpg,       true",
        "photos/**/*.jpg, photos/a/b/x.jpg,   true",
        "photos/**/*.jpg, photosx/x.jpg,      false",
        "photos/**/*.jpg, photos/x.jpeg,      false",
        "photos/*.jpg,    photos/a/x.jpg,     false",
    })
    void contains_matchesTheNameWithoutTouchingTheStorage(String pattern, String name,
            boolean expected) {
        assertThat(SourceGroup.glob(pattern).contains(Source.of(storage, name)))
                .isEqualTo(expected);
        assertThat(storage.total()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "/photos/*.jpg", "photos//*.jpg", "photos/../*.jpg",
        "./x", "photos\\*.jpg", "photos/{a,b.jpg", "photos/a}.jpg"})
    void glob_badPattern_isRefusedQuotingIt(String pattern) {
        assertThatThrownBy(() -> SourceGroup.glob(pattern))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("source group pattern \"" + pattern + "\"");
    }

    @Test
    void glob_samePattern_isEqual() {
        assertThat(SourceGroup.glob("photos/**")).isEqualTo(SourceGroup.glob("photos/**"))
                .hasSameHashCodeAs(SourceGroup.glob("photos/**"))
                .isNotEqualTo(SourceGroup.glob("photos/*"))
                .hasToString("SourceGroup.glob(photos/**)");
    }

    @Test
    void files_listsOnceAndChecksNothing() {
        Storage counting = new MeteredStorage(storage);
        try (Stream<Source> s = SourceGroup.glob("photos/**").files(counting)) {
            assertThat(s.findFirst()).isPresent();
        }
        assertThat(((MeteredStorage) counting).count(StorageStatistics.Operation.LIST))
                .isEqualTo(1);
        assertThat(((MeteredStorage) counting).count(StorageStatistics.Operation.EXISTS)).isZero();
    }

    @Test
    void listen_default_announcesNothing() {
        SourceGroup g = SourceGroup.glob("photos/**");
        SourceGroup.Subscription s = g.listen(new SourceListener() {
            @Override
            public void sourceSaved(SourceGroup group, Object source) {
                throw new AssertionError();
            }

            @Override
            public void sourceDeleted(SourceGroup group, Object source) {
                throw new AssertionError();
            }
        });
        s.close();
        s.close();
        assertThatThrownBy(() -> g.listen(null)).isInstanceOf(NullPointerException.class);
    }
}
