package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.TemplateArguments;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.template.ImageTagException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** {@code ik:src} when the image cannot be made, in each {@code on-error} mode, and misuse. */
final class SrcAttributeProcessorTest {

    @TempDir
    Path root;

    private String render(ImageKit kit, String fragment, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(DialectCases.variables());
        vars.putAll(more);
        return Pages.render(Pages.engine(new ImageKitDialect(kit)), fragment, vars);
    }

    private static TemplateProcessingException failure(Runnable rendering) {
        return Pages.failure(rendering, TemplateProcessingException.class);
    }

    private static String rendererMessage(ImageKit kit, ImageTag tag) {
        try {
            kit.templates().render(tag);
        } catch (ImageTagException e) {
            return e.getMessage();
        }
        throw new AssertionError("the renderer did not fail");
    }

    @Test
    void render_failMode_throwsTheRenderersMessageWithTheTemplateLine() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            String expected = rendererMessage(kit, ImageTag.builder().spec("app:nope")
                    .source(TestKit.DOG).build());

            assertThat(failure(() -> render(kit, "\n<img ik:src=\"${photo}\""
                    + " ik:spec=\"'app:nope'\">", Map.of())))
                    .hasMessageStartingWith(expected)
                    .hasMessageContaining("line 2")
                    .hasCauseInstanceOf(ImageTagException.class);
            assertThat(expected).isEqualTo("cannot render image of spec \"app:nope\" for source"
                    + " \"photos/dog.png\": generator \"app:nope\" is not registered"
                    + " (registered: app:small, app:square, app:thumb, imagekit:thumbnail)");
        }
    }

    @Test
    void render_failMode_badSourcesAndGeometry_namedWithoutPaths() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            Map<String, String> cases = Map.of(
                    "<img ik:src=\"'photos/none.png'\" ik:geometry=\"10x10\">",
                    "source \"photos/none.png\" does not exist",
                    "<img ik:src=\"'../../etc/passwd'\" ik:geometry=\"10x10\">", "\"..\"",
                    "<img ik:src=\"${photo}\" ik:geometry=\"0x0\">", "geometry \"0x0\"",
                    "<img ik:src=\"${nothing}\" ik:geometry=\"10x10\">", "no source given",
                    "<img ik:src=\"${photo}\">", "no spec given",
                    "<img ik:src=\"${photo}\" ik:geometry=\"10x\" ik:anchor=\"tl\"",
                    "cropping");
            cases.forEach((template, why) -> assertThat(failure(() -> render(kit, template,
                    Map.of())))
                    .as(template)
                    .hasMessageStartingWith("cannot render image of spec")
                    .hasMessageContaining(why)
                    .hasMessageNotContaining(root.toString()));
        }
    }

    @Test
    void render_omitMode_removesOnlyTheFailedElement() {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            String html = render(kit, "<p>a</p><img ik:src=\"${photo}\" ik:spec=\"'app:nope'\">"
                    + "<img th:each=\"p : ${photos}\" ik:src=\"${p}\" ik:geometry=\"10x10\"><p>b"
                    + "</p>", Map.of("photos", List.of("photos/none.png", TestKit.DOG)));

            assertThat(Html.canonical(html)).isEqualTo("<p>a</p><img height=\"10\" src=\""
                    + kit.thumbnail(TestKit.DOG, "10x10").url() + "\" width=\"10\"><p>b</p>");
        }
    }

    @Test
    void render_fallbackMode_writesTheFallbackEscapedWithTheGeometrySize() {
        try (ImageKit kit = TestKit.create(root, "fallback")) {
            String html = render(kit, "<img ik:src=\"'photos/none.png'\" ik:geometry=\"120x80\""
                    + " alt=\"gone\"><img ik:src=\"'photos/none.png'\" ik:geometry=\"120x80\""
                    + " width=\"60\">", Map.of());

            assertThat(html).isEqualTo("<img src=\"/static/missing.png?size=s&amp;kind=&quot;"
                    + "x&quot;\" alt=\"gone\" width=\"120\" height=\"80\"><img src=\""
                    + "/static/missing.png?size=s&amp;kind=&quot;x&quot;\" width=\"60\">");
        }
    }

    @Test
    void render_unknownIkAttribute_failsListingTheKnownOnes() {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            assertThat(failure(() -> render(kit, "<img ik:src=\"${photo}\""
                    + " ik:geomtry=\"10x10\">", Map.of())))
                    .hasMessageStartingWith("unknown attribute \"ik:geomtry\" (known: ik:src,"
                            + " ik:spec, ik:geometry, ik:anchor, ik:crop, ik:upscale, ik:args,"
                            + " ik:arg-NAME)");
        }
    }

    @Test
    void render_argsNotAMap_failsNamingTheType() {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            assertThat(failure(() -> render(kit, "<img ik:src=\"${photo}\""
                    + " ik:spec=\"'app:square'\" ik:args=\"${w}\">", Map.of())))
                    .hasMessageStartingWith("ik:args must be a map of argument names to values,"
                            + " was a Integer");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ik:args=\"${sourceArgs}\"", "ik:arg-source=\"'photos/cat.png'\""})
    void render_sourceAmongTheArguments_isRefusedWithTheMessageOfEveryFrontEnd(String args) {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            assertThat(failure(() -> render(kit, "<img ik:src=\"${photo}\""
                    + " ik:spec=\"'app:small'\" " + args + ">",
                    Map.of("sourceArgs", Map.of("source", "photos/cat.png")))))
                    .hasMessageStartingWith(TemplateArguments.SOURCE_REFUSED)
                    .hasMessageStartingWith("\"source\" cannot be a generator argument: give the"
                            + " source image with the tag's source attribute (ik:src in"
                            + " Thymeleaf)");
        }
    }

    @Test
    void render_argumentTheSpecDoesNotAccept_failsNamingIt() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            assertThat(failure(() -> render(kit, "<img ik:src=\"${photo}\""
                    + " ik:spec=\"'app:small'\" ik:arg-quality=\"60\">", Map.of())))
                    .hasMessageContaining("generator \"app:small\" does not accept argument"
                            + " quality (accepted: source)");
        }
    }

    @Test
    void render_otherPrefix_isHonoured() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            TemplateEngine engine = new TemplateEngine();
            engine.setTemplateResolver(new org.thymeleaf.templateresolver.StringTemplateResolver());
            engine.setDialects(java.util.Set.of(new org.thymeleaf.standard.StandardDialect()));
            engine.addDialect("img", new ImageKitDialect(kit));

            String html = engine.process("<img img:src=\"${photo}\" img:geometry=\"10x10\">",
                    new org.thymeleaf.context.Context(null, DialectCases.variables()));

            assertThat(html).isEqualTo("<img src=\"" + kit.thumbnail(TestKit.DOG, "10x10").url()
                    + "\" width=\"10\" height=\"10\">");
        }
    }
}
