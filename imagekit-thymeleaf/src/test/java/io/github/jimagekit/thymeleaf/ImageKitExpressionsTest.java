package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.template.ImageTagException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** {@code #imagekit} from templates (OGNL) and from Java. */
final class ImageKitExpressionsTest {

    @TempDir
    Path root;

    @Test
    void thumbnail_withAndTh_givesUrlSizeAndReadiness() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            String html = Pages.render(Pages.engine(new ImageKitDialect(kit)),
                    "<a th:with=\"th=${#imagekit.thumbnail(photo, '100x')}\" th:href=\"${th.url}\""
                    + " th:data-ready=\"${th.ready}\"><img th:src=\"${th.url}\""
                    + " th:width=\"${th.width}\" th:height=\"${th.height}\"></a>",
                    DialectCases.variables());

            ImageCacheFile file = kit.thumbnail(TestKit.DOG, "100x");
            assertThat(Html.canonical(html)).isEqualTo("<a data-ready=\"true\" href=\""
                    + file.url() + "\"><img height=\"75\" src=\"" + file.url()
                    + "\" width=\"100\"></a>");
            BufferedImage image = TestKit.decode(root, file);
            assertThat(image.getWidth()).isEqualTo(100);
            assertThat(image.getHeight()).isEqualTo(75);
        }
    }

    @Test
    void generateAndThumbnail_withArgumentMaps_passTheArguments() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            String html = Pages.render(Pages.engine(new ImageKitDialect(kit)),
                    "<img th:with=\"g=${#imagekit.generate('app:small', photo)}\""
                    + " th:src=\"${g.url}\" th:width=\"${g.width}\">"
                    + "<img th:with=\"g=${#imagekit.generate('app:square', photo, sizes)}\""
                    + " th:src=\"${g.url}\" th:width=\"${g.width}\">"
                    + "<img th:with=\"g=${#imagekit.generate('app:square', photo,"
                    + " #{'side': 25})}\" th:src=\"${g.url}\" th:width=\"${g.width}\">"
                    + "<img th:with=\"g=${#imagekit.thumbnail(cat, '50x50', #{'anchor': 'tl'})}\""
                    + " th:src=\"${g.url}\" th:width=\"${g.width}\">",
                    DialectCases.variables());

            var imgs = Jsoup.parseBodyFragment(html).select("img");
            assertThat(imgs.eachAttr("width")).containsExactly("40", "50", "25", "50");
            assertThat(imgs.eachAttr("src")).containsExactly(
                    kit.cacheFile("app:small", Map.of("source", TestKit.DOG)).url(),
                    kit.cacheFile("app:square", Map.of("source", TestKit.DOG, "side", 50)).url(),
                    kit.cacheFile("app:square", Map.of("source", TestKit.DOG, "side", 25)).url(),
                    kit.cacheFile(ImageKit.THUMBNAIL, Map.of("source", TestKit.CAT, "width", 50,
                            "height", 50, "anchor", "tl")).url());
        }
    }

    @Test
    void generate_unknownSpec_failsWithTheRenderersMessageWhateverOnError() {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            assertThat(Pages.failure(() -> Pages.render(Pages.engine(new ImageKitDialect(kit)),
                    "<img th:src=\"${#imagekit.generate('app:nope', photo).url}\">",
                    DialectCases.variables()), ImageTagException.class))
                    .hasMessage("cannot render image of spec \"app:nope\" for source"
                            + " \"photos/dog.png\": generator \"app:nope\" is not registered"
                            + " (registered: app:small, app:square, app:thumb,"
                            + " imagekit:thumbnail)");
        }
    }

    @Test
    void thumbnail_htmlAttributeAmongTheArguments_isRefusedNamingItWhateverOnError() {
        try (ImageKit kit = TestKit.create(root, "fallback")) {
            // #imagekit takes no HTML attributes (they go on the page's own element): an
            // attribute put among the generator arguments is refused as one, as upstream
            // refuses -- alt="..." with "as"
            assertThat(Pages.failure(() -> Pages.render(Pages.engine(new ImageKitDialect(kit)),
                    "<img th:with=\"th=${#imagekit.thumbnail(photo, '100x', #{'alt': 'Rex'})}\""
                    + " th:src=\"${th.url}\">", DialectCases.variables()),
                    ImageTagException.class))
                    .hasMessage("cannot render image of spec \"imagekit:thumbnail\" for source"
                            + " \"photos/dog.png\": generator \"imagekit:thumbnail\" does not"
                            + " accept argument alt (accepted: anchor, crop, height, source,"
                            + " upscale, width)");
        }
    }

    @Test
    void generate_failedGeneration_isNotReadyAndFailsWhereTheUrlIsRead() {
        try (ImageKit kit = TestKit.create(root, "fallback", TestKit.broken(root))) {
            ITemplateEngine engine = Pages.engine(new ImageKitDialect(kit));
            String html = Pages.render(engine, "<p th:with=\"g=${#imagekit.generate('app:broken',"
                    + " photo)}\" th:text=\"${g.ready}\"></p>", DialectCases.variables());

            assertThat(html).isEqualTo("<p>false</p>");
            assertThat(Pages.failure(() -> Pages.render(engine, "<img th:src=\"${#imagekit"
                    + ".generate('app:broken', photo).url}\">", DialectCases.variables()),
                    GenerationFailedException.class)).hasMessage("spec \"app:broken\": source"
                    + " \"photos/dog.png\": processing failed: IllegalStateException");
        }
    }

    @Test
    void thumbnail_fromJava_isTheKitsCacheFile() {
        try (ImageKit kit = TestKit.create(root, "fail")) {
            ImageKitExpressions ik = new ImageKitExpressions(kit);
            assertThat(ik.thumbnail(TestKit.DOG, "30x20")).isSameAs(
                    kit.thumbnail(TestKit.DOG, "30x20"));
            assertThat(ik.generate("app:square", TestKit.DOG, Map.of("side", 7)).width())
                    .isEqualTo(7);
            assertThatThrownBy(() -> ik.thumbnail(TestKit.DOG, "x"))
                    .isInstanceOf(ImageTagException.class)
                    .hasMessageContaining("geometry \"x\"");
        }
    }

    @Test
    void buildObject_noArgDialectOutsideAWebApp_explainsWhereTheKitComesFrom() {
        var engine = Pages.engine(new ImageKitDialect());
        assertThat(Pages.failure(() -> engine.process(
                "<p th:text=\"${#imagekit.thumbnail('a', '1x')}\">", new Context()),
                TemplateProcessingException.class))
                .hasMessageStartingWith("no ImageKit for this template: it is not processed with a"
                        + " web context, and the dialect was made without a kit (use new"
                        + " ImageKitDialect(kit))");
        assertThat(Pages.failure(() -> engine.process("<img ik:src=\"'a'\" ik:geometry=\"1x\">",
                new Context()), TemplateProcessingException.class))
                .hasMessageStartingWith("no ImageKit for this template");
    }
}
