package io.github.jimagekit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class GeneratorIdPatternTest {

    /** The examples of django-imagekit's generateimages help text, one by one. */
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "a:*:c,  a:b:c,    true",
        "a:*:c,  a:b:x:c,  false",
        "a:**:c, a:b:c,    true",
        "a:**:c, a:b:x:c,  true",
        "a,      a,        true",
        "a,      a:b,      true",
        "a,      a:b:c,    true",
    })
    void matches_djangoHelpExamples(String pattern, String id, boolean expected) {
        assertThat(GeneratorIdPattern.compile(pattern).matches(id)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "a,          ab,                 false",
        "a,          b:a,                false",
        "a:*,        a,                  false",
        "a:*,        a:b:c,              true",
        "*,          imagekit:thumbnail, true",
        "**,         x:y:z,              true",
        "*:thumb*,   gallery:thumbnail,  true",
        "*:thumb*,   gallery:card,       false",
        "a.b:c,      axb:c,              false",
        "a.b:c,      a.b:c,              true",
        "a:***,      a:b:c,              true",
        "gallery:*:small, gallery:card:small,      true",
        "gallery:*:small, gallery:card:small:x,    true",
        "gallery:*:small, gallery:card:big:small,  false",
    })
    void matches_segmentsAndLiterals(String pattern, String id, boolean expected) {
        assertThat(GeneratorIdPattern.compile(pattern).matches(id)).isEqualTo(expected);
    }

    @Test
    void compile_sameRegexAsDjango() {
        // django: re.split(r'(\*{1,2})') then '^%s(:.*)?$'; a run of three stars is ** then *
        assertThat(GeneratorIdPattern.compile("a:*:c").regex())
                .isEqualTo("^\\Qa:\\E[^:]*\\Q:c\\E(:.*)?$");
        assertThat(GeneratorIdPattern.compile("a***").regex())
                .isEqualTo("^\\Qa\\E.*[^:]*(:.*)?$");
    }

    @Test
    void compile_blank_isRefused() {
        assertThatThrownBy(() -> GeneratorIdPattern.compile(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("generator id pattern \" \" is blank");
    }

    @Test
    void anyOf_noPattern_acceptsEverything() {
        Predicate<String> all = GeneratorIdPattern.anyOf(List.of());
        assertThat(all.test("imagekit:thumbnail")).isTrue();
        Predicate<String> some = GeneratorIdPattern.anyOf(List.of("a:*", "b"));
        assertThat(some.test("a:x")).isTrue();
        assertThat(some.test("b:y:z")).isTrue();
        assertThat(some.test("c")).isFalse();
    }
}
