package io.github.jimagekit.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class AnchorTest {

    @ParameterizedTest
    @CsvSource({
        "c, CENTER", "t, TOP", "b, BOTTOM", "l, LEFT", "r, RIGHT", "tl, TOP_LEFT",
        "tr, TOP_RIGHT", "bl, BOTTOM_LEFT", "br, BOTTOM_RIGHT", "TL, TOP_LEFT",
        "center, CENTER", "Centre, CENTER", "top-left, TOP_LEFT", "BOTTOM_RIGHT, BOTTOM_RIGHT",
        "' bottom left ', BOTTOM_LEFT", "Right, RIGHT"
    })
    void parse_knownName_givesAnchor(String name, Anchor expected) {
        assertThat(Anchor.parse(name)).isSameAs(expected);
    }

    @Test
    void parse_unknownName_failsNamingValueAndListingNames() {
        assertThatThrownBy(() -> Anchor.parse("middle"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("anchor \"middle\" is not one of c, t, b, l, r, tl, tr, bl, br (or"
                        + " center, top, bottom, left, right, top-left, top-right, bottom-left,"
                        + " bottom-right)");
        assertThatThrownBy(() -> Anchor.parse("")).hasMessageStartingWith("anchor \"\" is");
        assertThatThrownBy(() -> Anchor.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void fractions_namedAnchors_matchPilkit() {
        assertThat(new double[] {Anchor.TOP_LEFT.x(), Anchor.TOP_LEFT.y()})
                .containsExactly(0, 0);
        assertThat(new double[] {Anchor.TOP.x(), Anchor.TOP.y()}).containsExactly(0.5, 0);
        assertThat(new double[] {Anchor.RIGHT.x(), Anchor.RIGHT.y()}).containsExactly(1, 0.5);
        assertThat(new double[] {Anchor.BOTTOM_LEFT.x(), Anchor.BOTTOM_LEFT.y()})
                .containsExactly(0, 1);
        assertThat(new double[] {Anchor.CENTER.x(), Anchor.CENTER.y()})
                .containsExactly(0.5, 0.5);
        assertThat(Anchor.BOTTOM_RIGHT.shortName()).isEqualTo("br");
    }

    @Test
    void of_namedFractions_givesTheConstant() {
        assertThat(Anchor.of(0.5, 0.5)).isSameAs(Anchor.CENTER);
        assertThat(Anchor.of(1, 0)).isSameAs(Anchor.TOP_RIGHT);
    }

    @Test
    void of_otherFractions_givesAPointWithABracketedKey() {
        AnchorPoint p = Anchor.of(0.25, 0.125);

        assertThat(p.x()).isEqualTo(0.25);
        assertThat(p.y()).isEqualTo(0.125);
        assertThat(p.cacheKey()).isEqualTo("(0.25,0.125)");
        assertThat(p).isEqualTo(Anchor.of(0.25, 0.125));
    }

    @Test
    void of_fractionOutsideZeroToOne_fails() {
        assertThatThrownBy(() -> Anchor.of(1.5, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("anchor x must be from 0 to 1, was 1.5");
        assertThatThrownBy(() -> Anchor.of(0, -0.1))
                .hasMessage("anchor y must be from 0 to 1, was -0.1");
        assertThatThrownBy(() -> Anchor.of(Double.NaN, 0))
                .hasMessage("anchor x must be from 0 to 1, was NaN");
    }

    @Test
    void left_imageWiderThanCanvas_truncatesTowardsZeroAsPilkit() {
        // pilkit: int(float(200 - 301) * 0.5) = int(-50.5) = -50
        assertThat(Anchor.CENTER.left(200, 301)).isEqualTo(-50);
        assertThat(Anchor.BOTTOM_RIGHT.top(100, 150)).isEqualTo(-50);
        assertThat(Anchor.TOP_LEFT.left(200, 301)).isZero();
    }

    @Test
    void left_imageNarrowerThanCanvas_truncates() {
        // int(float(101) * 0.5) = 50
        assertThat(Anchor.CENTER.left(301, 200)).isEqualTo(50);
        assertThat(Anchor.of(0.3, 0).left(110, 100)).isEqualTo(3);
    }
}
