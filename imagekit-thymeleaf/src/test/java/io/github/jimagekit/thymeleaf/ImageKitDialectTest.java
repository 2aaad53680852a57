package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.template.ImageTag;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** The dialect in a plain {@link TemplateEngine} (OGNL), with the kit given to it. */
final class ImageKitDialectTest {

    static final List<DialectCases.Case> CASES = DialectCases.all();

    @TempDir
    static Path root;
    static ImageKit kit;
    static TemplateEngine engine;

    @BeforeAll
    static void start() {
        kit = TestKit.create(root, "fail");
        engine = Pages.engine(new ImageKitDialect(kit));
    }

    @AfterAll
    static void stop() {
        kit.close();
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void render_case_givesExpectedHtmlAndAnImageOfThatSize(DialectCases.Case c) {
        String html = Pages.render(engine, c.template(), DialectCases.variables());

        ImageCacheFile file = c.file().apply(kit);
        assertThat(Html.canonical(html))
                .isEqualTo(Html.canonical(c.expected().replace("{src}", file.url())));
        assertThat(html).doesNotContain("ik:").doesNotContain("data-ik-");
        BufferedImage image = TestKit.decode(root, file);
        assertThat(image.getWidth()).isEqualTo(file.width());
        assertThat(image.getHeight()).isEqualTo(file.height());
        Element img = Jsoup.parseBodyFragment(html).selectFirst("img");
        if (img.hasAttr("width") && img.hasAttr("height")) {
            assertThat(image.getWidth()).isEqualTo(Integer.parseInt(img.attr("width")));
            assertThat(image.getHeight()).isEqualTo(Integer.parseInt(img.attr("height")));
        }
    }

    @Test
    void render_sameRequest_sameHtmlAsTheRendererTheJspTagsUse() {
        String html = Pages.render(engine, "<img ik:src=\"${photo}\" ik:geometry=\"120x80\""
                + " ik:anchor=\"tl\" alt=\"a &amp; b\" class=\"c\">"
                + "<img ik:src=\"${photo}\" ik:spec=\"'app:square'\" ik:arg-side=\"30\">",
                DialectCases.variables());

        String shared = kit.templates().render(ImageTag.builder().geometry("120x80")
                .source(TestKit.DOG).argument("anchor", "tl").attribute("alt", "a & b")
                .attribute("class", "c").build()).html()
                + kit.templates().render(ImageTag.builder().spec("app:square")
                .source(TestKit.DOG).argument("side", 30).build()).html();
        assertThat(Html.canonical(html)).isEqualTo(Html.canonical(shared));
    }

    @Test
    void render_namespace_isRemovedAndNothingElseChanges() {
        String html = engine.process("<html xmlns:th=\"http://www.thymeleaf.org\" xmlns:ik=\""
                + ImageKitDialect.NAMESPACE + "\"><body><p class=\"x\">a &amp; b</p></body>"
                + "</html>", new Context());
        assertThat(html).isEqualTo("<html><body><p class=\"x\">a &amp; b</p></body></html>");
    }

    @Test
    void render_escaping_neitherLostNorDoubled() {
        String html = Pages.render(engine, "<img ik:src=\"${photo}\" ik:geometry=\"200x200\""
                + " alt=\"a &amp; b &quot;c&quot;\" th:title=\"${title}\">",
                DialectCases.variables());
        assertThat(html).contains(" alt=\"a &amp; b &quot;c&quot;\"")
                .contains(" title=\"A &quot;dog&quot; &amp; &lt;friends&gt;\"")
                .doesNotContain("&amp;amp;");
    }

    @Test
    void render_each_rendersOneImagePerItem() {
        Map<String, Object> vars = Map.of("photos", List.of(TestKit.DOG, TestKit.CAT));
        String html = Pages.render(engine, "<img th:each=\"p : ${photos}\" ik:src=\"${p}\""
                + " ik:geometry=\"100x100\" th:alt=\"${p}\">", vars);

        List<String> expected = new ArrayList<>();
        for (String p : List.of(TestKit.DOG, TestKit.CAT)) {
            expected.add("<img alt=\"" + p + "\" height=\"100\" src=\""
                    + kit.thumbnail(p, "100x100").url() + "\" width=\"100\">");
        }
        assertThat(Html.canonical(html)).isEqualTo(String.join("", expected));
    }

    @Test
    void render_warmPageOf100Images_makesNoStorageCall() {
        List<String> photos = IntStream.range(0, 100)
                .mapToObj(i -> i % 2 == 0 ? TestKit.DOG : TestKit.CAT).toList();
        List<String> geometries = IntStream.range(0, 100).mapToObj(i -> (20 + i) + "x").toList();
        Map<String, Object> vars = Map.of("photos", photos, "geometries", geometries);
        String page = "<img th:each=\"p, s : ${photos}\" ik:src=\"${p}\""
                + " ik:geometry=\"${geometries[s.index]}\">";
        TestKit.assertWarmRenderMakesNoStorageCall(kit, 100,
                () -> Pages.render(engine, page, vars));
    }

    @Test
    void classPath_hasNoSpring() {
        assertThatThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.thymeleaf.spring6.SpringTemplateEngine"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
