package io.github.jimagekit.template;

import java.util.Map;

/**
 * Writes HTML elements with escaped attribute values: the one place markup is produced, so no
 * value can break out of its attribute (Spring's {@code TagWriter} does this job for its form
 * tags).
 */
final class HtmlWriter {

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
        // copies runs of safe characters at once: most values (URLs, alt texts) have none
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            String entity = entity(value.charAt(i));
            if (entity != null) {
                out.append(value, start, i).append(entity);
                start = i + 1;
            }
        }
        return out.append(value, start, value.length());
    }

    private static String entity(char c) {
        switch (c) {
            case '&':
                return "&amp;";
            case '<':
                return "&lt;";
            case '>':
                return "&gt;";
            case '"':
                return "&quot;";
            case '\'':
                return "&#39;";
            default:
                return null;
        }
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
        if (!isName(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a valid HTML attribute"
                    + " name");
        }
        return name;
    }

    /** {@code [A-Za-z_:][-A-Za-z0-9_:.]*}, without a regex: this runs for every attribute. */
    private static boolean isName(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!isLetter(first) && first != '_' && first != ':') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isLetter(c) && (c < '0' || c > '9') && c != '-' && c != '_' && c != ':'
                    && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
