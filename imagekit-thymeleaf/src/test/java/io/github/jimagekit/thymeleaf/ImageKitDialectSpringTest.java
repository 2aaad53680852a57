package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.template.ImageTagException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The dialect in a {@link SpringTemplateEngine} (SpEL, with its compiler on), the kit a bean of
 * a Spring application context: the same cases as the standalone engine, and SpEL's own map
 * syntax.
 */
final class ImageKitDialectSpringTest {

    static final List<DialectCases.Case> CASES = DialectCases.all();

    @TempDir
    static Path root;
    static AnnotationConfigApplicationContext spring;
    static ImageKit kit;
    static SpringTemplateEngine engine;

    /** The application's beans: the kit and an engine with the dialect over it. */
    @Configuration
    static class Beans {

        @Bean(destroyMethod = "close")
        ImageKit imageKit() {
            return TestKit.create(root, "fail");
        }

        @Bean
        SpringTemplateEngine templateEngine(ImageKit imageKit) {
            SpringTemplateEngine e = new SpringTemplateEngine();
            StringTemplateResolver resolver = new StringTemplateResolver();
            resolver.setTemplateMode(TemplateMode.HTML);
            e.setTemplateResolver(resolver);
            e.setEnableSpringELCompiler(true);
            e.addDialect(new ImageKitDialect(imageKit));
            return e;
        }
    }

    @BeforeAll
    static void start() {
        spring = new AnnotationConfigApplicationContext(Beans.class);
        kit = spring.getBean(ImageKit.class);
        engine = spring.getBean(SpringTemplateEngine.class);
    }

    @AfterAll
    static void stop() {
        spring.close();
    }

    private static String render(String fragment, Map<String, Object> more) {
        Map<String, Object> vars = new HashMap<>(DialectCases.variables());
        vars.putAll(more);
        return Pages.render(engine, fragment, vars);
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("CASES")
    void render_case_givesExpectedHtmlAndAnImageOfThatSize(DialectCases.Case c) {
        String html = render(c.template(), Map.of());

        ImageCacheFile file = c.file().apply(kit);
        assertThat(Html.canonical(html))
                .isEqualTo(Html.canonical(c.expected().replace("{src}", file.url())));
        BufferedImage image = TestKit.decode(root, file);
        assertThat(image.getWidth()).isEqualTo(file.width());
        assertThat(image.getHeight()).isEqualTo(file.height());
    }

    @Test
    void render_spelInlineMaps_passArguments() {
        String html = render("<img ik:src=\"${photo}\" ik:spec=\"'app:square'\""
                + " ik:args=\"${ {'side': 21} }\"><img th:with=\"g=${#imagekit.generate("
                + "'app:square', photo, {'side': 22})}\" th:src=\"${g.url}\""
                + " th:width=\"${g.width}\" th:data-ready=\"${g.ready}\">", Map.of());

        var imgs = Jsoup.parseBodyFragment(html).select("img");
        assertThat(imgs.eachAttr("width")).containsExactly("21", "22");
        assertThat(imgs.eachAttr("src")).containsExactly(
                kit.cacheFile("app:square", Map.of("source", TestKit.DOG, "side", 21)).url(),
                kit.cacheFile("app:square", Map.of("source", TestKit.DOG, "side", 22)).url());
        assertThat(imgs.get(1).attr("data-ready")).isEqualTo("true");
    }

    @Test
    void render_failure_sameMessageAsStandalone() {
        TemplateProcessingException e = Pages.failure(() -> render("<img ik:src=\"${photo}\""
                + " ik:spec=\"'app:nope'\">", Map.of()), TemplateProcessingException.class);
        assertThat(e).hasMessageStartingWith("cannot render image of spec \"app:nope\" for"
                + " source \"photos/dog.png\": generator \"app:nope\" is not registered")
                .hasCauseInstanceOf(ImageTagException.class);
    }

    @Test
    void render_warmPageOf100Images_makesNoStorageCall() {
        List<String> photos = IntStream.range(0, 100)
                .mapToObj(i -> i % 2 == 0 ? TestKit.DOG : TestKit.CAT).toList();
        String page = "<img th:each=\"p, s : ${photos}\" ik:src=\"${p}\""
                + " th:with=\"g=${(10 + s.index) + 'x'}\" ik:geometry=\"${g}\">";
        TestKit.assertWarmRenderMakesNoStorageCall(kit, 100,
                () -> render(page, Map.of("photos", photos)));
    }

    @Test
    void process_plainContext_needsNoWebExchange() {
        String html = engine.process("<img ik:src=\"${photo}\" ik:geometry=\"10x10\">",
                new Context(null, DialectCases.variables()));
        assertThat(html).isEqualTo("<img src=\"" + kit.thumbnail(TestKit.DOG, "10x10").url()
                + "\" width=\"10\" height=\"10\">");
    }
}
