package io.github.jimagekit.thymeleaf;

import static io.github.jimagekit.thymeleaf.TestKit.CAT;
import static io.github.jimagekit.thymeleaf.TestKit.DOG;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Template → expected-HTML pairs for every combination of {@code ik:} attributes, run by the
 * standalone, servlet and Spring tests alike. {@code {src}} in the expected HTML stands for the
 * URL of the cache file the case names; the templates use only syntax that OGNL and SpEL share.
 */
final class DialectCases {

    /**
     * One pair.
     *
     * @param name     what it shows
     * @param template the element(s), inside a {@code <div xmlns:ik=...>}
     * @param expected the HTML expected in place of the template
     * @param file     the cache file behind {@code {src}}
     */
    record Case(String name, String template, String expected,
            Function<ImageKit, ImageCacheFile> file) {

        @Override
        public String toString() {
            return name;
        }
    }

    private DialectCases() {
    }

    /**
     * Returns the model every case is rendered with.
     *
     * @return variable names to values
     */
    static Map<String, Object> variables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("photo", DOG);
        v.put("cat", CAT);
        v.put("size", "200x200");
        v.put("sizes", Map.of("side", 50));
        v.put("w", 120);
        v.put("title", "A \"dog\" & <friends>");
        return v;
    }

    /**
     * Returns the pairs.
     *
     * @return the cases
     */
    static List<Case> all() {
        return List.of(
                thumb("geometry WxH crops", "ik:geometry=\"200x200\" alt=\"dog\"",
                        "width=\"200\" height=\"200\" alt=\"dog\"", "200x200", Map.of()),
                thumb("geometry Wx fits the width", "ik:geometry=\"200x\"",
                        "width=\"200\" height=\"150\"", "200x", Map.of()),
                thumb("geometry xH fits the height", "ik:geometry=\"x150\"",
                        "width=\"200\" height=\"150\"", "x150", Map.of()),
                thumb("anchor, crop and upscale", "ik:geometry=\"200x200\" ik:anchor=\"c\""
                        + " ik:crop=\"true\" ik:upscale=\"false\"",
                        "width=\"200\" height=\"200\"", "200x200",
                        Map.of("anchor", "c", "crop", true, "upscale", false)),
                thumb("crop=false fits inside", "ik:geometry=\"200x200\" ik:crop=\"false\"",
                        "width=\"200\" height=\"150\"", "200x200", Map.of("crop", false)),
                thumb("upscale=true enlarges", "ik:geometry=\"800x\" ik:upscale=\"true\"",
                        "width=\"800\" height=\"600\"", "800x", Map.of("upscale", true)),
                thumb("no upscale keeps the source size", "ik:geometry=\"800x\"",
                        "width=\"400\" height=\"300\"", "800x", Map.of()),
                thumb("geometry from an expression", "ik:geometry=\"${size}\"",
                        "width=\"200\" height=\"200\"", "200x200", Map.of()),
                thumb("element width wins: no size added",
                        "ik:geometry=\"200x200\" width=\"100\"", "width=\"100\"", "200x200",
                        Map.of()),
                thumb("element height wins: no size added",
                        "ik:geometry=\"200x200\" height=\"50\"", "height=\"50\"", "200x200",
                        Map.of()),
                thumb("th:width wins: no size added", "ik:geometry=\"200x200\" th:width=\"${w}\"",
                        "width=\"120\"", "200x200", Map.of()),
                thumb("other attributes stay", "ik:geometry=\"200x200\" class=\"a b\""
                        + " th:alt=\"${title}\" data-x=\"1\" loading=\"lazy\"",
                        "width=\"200\" height=\"200\" class=\"a b\" alt=\"A &quot;dog&quot;"
                        + " &amp; &lt;friends&gt;\" data-x=\"1\" loading=\"lazy\"",
                        "200x200", Map.of()),
                thumb("an existing src is replaced", "src=\"placeholder.png\""
                        + " ik:geometry=\"200x200\"", "width=\"200\" height=\"200\"",
                        "200x200", Map.of()),
                new Case("data-ik-* attributes",
                        "<img data-ik-src=\"${photo}\" data-ik-geometry=\"200x200\">",
                        "<img src=\"{src}\" width=\"200\" height=\"200\">",
                        kit -> kit.thumbnail(DOG, "200x200")),
                new Case("source from th:with",
                        "<img th:with=\"p=${cat}\" ik:src=\"${p}\" ik:geometry=\"100x100\""
                        + " ik:anchor=\"tl\">",
                        "<img src=\"{src}\" width=\"100\" height=\"100\">",
                        kit -> kit.cacheFile(ImageKit.THUMBNAIL, args(CAT, 100, 100,
                                Map.of("anchor", "tl")))),
                spec("ik:spec alone: generateimage", "ik:spec=\"'app:small'\" alt=\"s\"",
                        "width=\"40\" height=\"30\" alt=\"s\"", "app:small", Map.of()),
                spec("ik:spec with ik:geometry", "ik:spec=\"'app:thumb'\" ik:geometry=\"100x100\"",
                        "width=\"100\" height=\"100\"", "app:thumb",
                        Map.of("width", 100, "height", 100)),
                spec("ik:args map from the model", "ik:spec=\"'app:square'\" ik:args=\"${sizes}\"",
                        "width=\"50\" height=\"50\"", "app:square", Map.of("side", 50)),
                spec("ik:arg-NAME", "ik:spec=\"'app:square'\" ik:arg-side=\"60\"",
                        "width=\"60\" height=\"60\"", "app:square", Map.of("side", 60)),
                spec("ik:arg-NAME overrides ik:args",
                        "ik:spec=\"'app:square'\" ik:args=\"${sizes}\" ik:arg-side=\"70\"",
                        "width=\"70\" height=\"70\"", "app:square", Map.of("side", 70)));
    }

    private static Case thumb(String name, String attributes, String expected, String geometry,
            Map<String, Object> more) {
        return new Case(name, "<img ik:src=\"${photo}\" " + attributes + ">",
                "<img src=\"{src}\" " + expected + ">", kit -> {
                    Map<String, Object> a = new LinkedHashMap<>(more);
                    a.put("source", DOG);
                    String[] wh = geometry.split("x", -1);
                    a.put("width", wh[0].isEmpty() ? null : Integer.valueOf(wh[0]));
                    a.put("height", wh[1].isEmpty() ? null : Integer.valueOf(wh[1]));
                    return kit.cacheFile(ImageKit.THUMBNAIL, a);
                });
    }

    private static Case spec(String name, String attributes, String expected, String spec,
            Map<String, Object> args) {
        return new Case(name, "<img ik:src=\"${photo}\" " + attributes + ">",
                "<img src=\"{src}\" " + expected + ">",
                kit -> kit.cacheFile(spec, args(DOG, null, null, args)));
    }

    private static Map<String, Object> args(String source, Integer width, Integer height,
            Map<String, Object> more) {
        Map<String, Object> a = new LinkedHashMap<>(more);
        a.put("source", source);
        if (width != null) {
            a.put("width", width);
            a.put("height", height);
        }
        return a;
    }
}
