package io.github.jimagekit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ImageKitBuilderTest {

    @Test
    void patterns_commaSeparatedWithBlanks_leavesTheBlanksOut() {
        assertThat(ImageKitBuilder.patterns(" a, ,b ,")).containsExactly("a", "b");
        assertThat(ImageKitBuilder.patterns("")).isEmpty();
    }
}
