package io.github.jimagekit.thymeleaf;

import java.util.Comparator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Compares HTML as parsed: elements, attribute values and text, attribute order aside. */
final class Html {

    private Html() {
    }

    /**
     * Writes a fragment's elements with their attributes sorted by name and their values as
     * parsed (unescaped), and trimmed text.
     *
     * @param html an HTML fragment
     * @return the canonical text
     */
    static String canonical(String html) {
        StringBuilder b = new StringBuilder();
        for (Node n : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(b, n);
        }
        return b.toString();
    }

    private static void write(StringBuilder b, Node n) {
        if (n instanceof TextNode t) {
            b.append(t.text().strip());
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        b.append('<').append(e.tagName());
        e.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey))
                .forEach(a -> b.append(' ').append(a.getKey()).append("=\"").append(a.getValue())
                        .append('"'));
        b.append('>');
        for (Node c : e.childNodes()) {
            write(b, c);
        }
        if (!e.tag().isSelfClosing()) {
            b.append("</").append(e.tagName()).append('>');
        }
    }
}
