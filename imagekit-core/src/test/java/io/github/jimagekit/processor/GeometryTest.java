package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.error.InvalidGeometryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GeometryTest {

    @Test
    void parse_bothSides_givesWidthAndHeight() {
        Geometry g = Geometry.parse("200x150");

        assertThat(g.width()).isEqualTo(200);
        assertThat(g.height()).isEqualTo(150);
        assertThat(g).hasToString("200x150");
    }

    @Test
    void parse_widthOnly_leavesHeightEmpty() {
        Geometry g = Geometry.parse("200x");

        assertThat(g.optionalWidth()).contains(200);
        assertThat(g.optionalHeight()).isEmpty();
        assertThat(g).hasToString("200x");
    }

    @Test
    void parse_heightOnly_leavesWidthEmpty() {
        Geometry g = Geometry.parse(" x200 ");

        assertThat(g.width()).isNull();
        assertThat(g.height()).isEqualTo(200);
        assertThat(g).hasToString("x200");
    }

    @Test
    void parse_zeroSides_failsNamingTheText() {
        assertThatThrownBy(() -> Geometry.parse("0x0"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry \"0x0\": width must be from 1 to 16384, was 0");
    }

    @Test
    void parse_negativeSide_failsNamingTheText() {
        assertThatThrownBy(() -> Geometry.parse("-5x3"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry \"-5x3\": \"-5\" is not a whole number from 1 to 16384");
    }

    @Test
    void parse_letters_failsWithTheExpectedForm() {
        assertThatThrownBy(() -> Geometry.parse("abc"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry \"abc\" is not of the form WxH, Wx or xH (for example"
                        + " \"200x200\")");
    }

    @Test
    void parse_hugeSide_failsWithTheRange() {
        assertThatThrownBy(() -> Geometry.parse("99999999x1"))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry \"99999999x1\": width must be from 1 to 16384, was"
                        + " 99999999");
        assertThatThrownBy(() -> Geometry.parse("1x99999999999"))
                .hasMessage("geometry \"1x99999999999\": \"99999999999\" is not a whole number"
                        + " from 1 to 16384");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "", "200", "2x3x4", "200X200", "1.5x2", "+5x3"})
    void parse_malformed_fails(String text) {
        assertThatThrownBy(() -> Geometry.parse(text))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void parse_null_fails() {
        assertThatThrownBy(() -> Geometry.parse(null))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry must not be null");
    }

    @Test
    void constructor_noSide_fails() {
        assertThatThrownBy(() -> new Geometry(null, null))
                .isInstanceOf(InvalidGeometryException.class)
                .hasMessage("geometry needs a width, a height or both");
    }

    @Test
    void parse_largestSide_isAccepted() {
        assertThat(Geometry.parse("16384x1").width()).isEqualTo(Geometry.MAX_SIDE);
    }
}
