package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import org.junit.jupiter.api.Test;

final class CacheKeyTest {

    @Test
    void toString_everyKind_hasOneCanonicalSpelling() {
        String key = CacheKey.of("P").add("i", 5L).add("boxed", (Integer) null)
                .add("d", 0.1 + 0.2).add("b", true).add("s", "a\"b\\c")
                .add("color", new Color(1, 2, 3, 4)).add("none", (Color) null)
                .addRaw("raw", "x(y)").toString();

        assertThat(key).isEqualTo("P(i=5,boxed=null,d=0.3,b=true,s=\"a\\\"b\\\\c\","
                + "color=#01020304,none=null,raw=x(y))");
    }

    @Test
    void toString_noParameters_isNameAndParentheses() {
        assertThat(CacheKey.of("Nothing").toString()).isEqualTo("Nothing()");
    }

    @Test
    void number_decimals_roundHalfUpToSixPlacesWithoutExponent() {
        assertThat(CacheKey.number(1.0)).isEqualTo("1");
        assertThat(CacheKey.number(0.5)).isEqualTo("0.5");
        assertThat(CacheKey.number(-1.0 / 3)).isEqualTo("-0.333333");
        assertThat(CacheKey.number(2.0 / 3)).isEqualTo("0.666667");
        assertThat(CacheKey.number(1e-4)).isEqualTo("0.0001");
        assertThat(CacheKey.number(1e-7)).isEqualTo("0");
        assertThat(CacheKey.number(-0.0)).isEqualTo("0");
        assertThat(CacheKey.number(12345678.0)).isEqualTo("12345678");
        assertThat(CacheKey.number(0.0000006)).isEqualTo("0.000001");
    }

    @Test
    void number_notFinite_fails() {
        assertThatThrownBy(() -> CacheKey.number(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("value must be finite: NaN");
        assertThatThrownBy(() -> CacheKey.of("P").add("x", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_nullName_fails() {
        assertThatThrownBy(() -> CacheKey.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> CacheKey.of("P").add(null, 1L))
                .isInstanceOf(NullPointerException.class);
    }
}
