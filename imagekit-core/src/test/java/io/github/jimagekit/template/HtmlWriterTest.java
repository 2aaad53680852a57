package io.github.jimagekit.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class HtmlWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "``|``",
        "plain text|plain text",
        "&|&amp;",
        "<>|&lt;&gt;",
        "a\"b'c|a&quot;b&#39;c",
        "x&&y|x&amp;&amp;y",
        "ends with <|ends with &lt;",
        "<starts|&lt;starts",
        "caf\u00e9 \u2603|caf\u00e9 \u2603",
    })
    void escape_text_replacesTheFiveSpecialCharactersOnly(String text, String escaped) {
        assertThat(HtmlWriter.escape(new StringBuilder("["), text).append(']').toString())
                .isEqualTo("[" + escaped + "]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"alt", "data-kind", "xml:lang", "_x", "a.b", "A9", ":x",
        "aria-label"})
    void checkName_plainHtmlName_isAccepted(String name) {
        assertThat(HtmlWriter.checkName(name)).isSameAs(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9a", "-a", ".a", "x onload", "a=b", "a\"", "a>", "a/b",
        "caf\u00e9", "a\tb"})
    void checkName_anythingElse_isRefusedQuotingIt(String name) {
        assertThatThrownBy(() -> HtmlWriter.checkName(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"" + name + "\" is not a valid HTML attribute name");
    }

    @Test
    void voidElement_attributes_writtenInOrderAndEscaped() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("src", "/a b.png?x=1&y=2");
        attributes.put("alt", "\"quoted\"");

        assertThat(HtmlWriter.voidElement(new StringBuilder(), "img", attributes).toString())
                .isEqualTo("<img src=\"/a b.png?x=1&amp;y=2\" alt=\"&quot;quoted&quot;\">");
    }
}
