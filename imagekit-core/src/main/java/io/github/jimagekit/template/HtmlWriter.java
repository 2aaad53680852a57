package io.github.jimagekit.template;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes HTML elements with escaped attribute values: the one place markup is produced, so no
 * value can break out of its attribute (Spring's {@code TagWriter} does this job for its form
 * tags).
 */
public final class HtmlWriter {

    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z_:][-A-Za-z0-9_:.]*");

    private HtmlWriter() {
    }

    /**
     * Writes a void element such as {@code <img>}.
     *
     * @param out        where to write
     * @param element    the element name
     * @param attributes attribute names to values, written in order
     * @return {@code out}
     * @throws IllegalArgumentException when an attribute name is not a plain HTML name
     */
    public static StringBuilder voidElement(StringBuilder out, String element,
            Map<String, String> attributes) {
        out.append('<').append(element);
        for (Map.Entry<String, String> a : attributes.entrySet()) {
            out.append(' ').append(checkName(a.getKey())).append("=\"");
            escape(out, a.getValue());
            out.append('"');
        }
        return out.append('>');
    }

    /**
     * Escapes text for an attribute value or element content: {@code & < > " '}.
     *
     * @param out   where to write
     * @param value the text
     * @return {@code out}
     */
    public static StringBuilder escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out;
    }

    /**
     * Checks that an attribute name is a plain HTML name (no spaces, quotes, {@code =} or
     * {@code >}), so that it cannot inject markup.
     *
     * @param name the name
     * @return the name
     * @throws IllegalArgumentException naming it when it is not
     */
    public static String checkName(String name) {
        if (name == null || !ATTRIBUTE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a valid HTML attribute"
                    + " name");
        }
        return name;
    }
}
