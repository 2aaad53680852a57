package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.servlet.EmbeddedWebApp;
import io.github.jimagekit.servlet.TemplateArguments;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.eclipse.jetty.ee10.servlet.ErrorPageErrorHandler;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each error case, caught on the page with {@code <c:catch>} as a page author would. */
final class TagErrorTest {

    @TempDir
    static Path work;

    private static EmbeddedWebApp app;

    @BeforeAll
    static void start() throws Exception {
        app = EmbeddedWebApp.withDogPhoto(work)
                .customize(c -> {
                    // as a production server is set up: error pages without stack traces
                    ErrorPageErrorHandler errors = new ErrorPageErrorHandler();
                    errors.setShowStacks(false);
                    c.setErrorHandler(errors);
                })
                .start();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    /** Renders errors.jsp and returns the caught exception's class name and message. */
    private static String[] failure(String query) {
        HttpResponse<String> page = app.get("/errors.jsp?" + query);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(work.toString()).doesNotContain("\tat ");
        Document doc = Jsoup.parse(page.body());
        return new String[] {doc.getElementById("type").text(),
            doc.getElementById("message").text()};
    }

    @Test
    void unknownSpec_jspExceptionNamesSpecSourceAndRegisteredIds() {
        String[] f = failure("spec=tests:nope&src=photos/dog.jpg");

        assertThat(f[0]).isEqualTo("jakarta.servlet.jsp.JspException");
        assertThat(f[1]).isEqualTo("cannot render image of spec \"tests:nope\" for source"
                + " \"photos/dog.jpg\": generator \"tests:nope\" is not registered (registered:"
                + " imagekit:thumbnail, tests:avatar, tests:banner, tests:broken,"
                + " tests:discovered)");
    }

    @Test
    void missingSource_namesSpecAndSource() {
        assertThat(failure("spec=tests:avatar&src=photos/cat.jpg")[1]).isEqualTo(
                "cannot render image of spec \"tests:avatar\" for source \"photos/cat.jpg\":"
                        + " source \"photos/cat.jpg\" does not exist");
    }

    @Test
    void noSource_saysSo() {
        assertThat(failure("spec=tests:avatar")[1]).isEqualTo("cannot render image of spec"
                + " \"tests:avatar\" for source (none): no source given (the value was null)");
    }

    @Test
    void traversingSource_isRefusedWithoutAPath() {
        assertThat(failure("spec=tests:avatar&src=../../etc/passwd")[1])
                .startsWith("cannot render image of spec \"tests:avatar\" for source"
                        + " \"../../etc/passwd\": ")
                .contains("\"..\" segment");
    }

    @Test
    void badGeometry_namesTheGeometry() {
        assertThat(failure("form=thumbnail&geometry=12xab&src=photos/dog.jpg")[1])
                .startsWith("cannot render image of spec \"imagekit:thumbnail\" for source"
                        + " \"photos/dog.jpg\": geometry \"12xab\"");
    }

    @Test
    void badAnchor_listsTheAnchors() {
        assertThat(failure("form=thumbnail&geometry=10x10&src=photos/dog.jpg&anchor=middle")[1])
                .contains("anchor \"middle\" is not one of c, t, b, l, r, tl, tr, bl, br");
    }

    @Test
    void failedGeneration_namesSpecAndSourceButNotTheCause() {
        String message = failure("spec=tests:broken&src=photos/dog.jpg")[1];

        assertThat(message).isEqualTo("cannot render image of spec \"tests:broken\" for source"
                + " \"photos/dog.jpg\": spec \"tests:broken\": source \"photos/dog.jpg\":"
                + " processing failed: IllegalStateException");
    }

    @Test
    void badScope_namesTheScope() {
        String[] f = failure("form=scope&src=photos/dog.jpg");

        assertThat(f[0]).isEqualTo("jakarta.servlet.jsp.JspTagException");
        assertThat(f[1]).isEqualTo("scope \"galaxy\" is not one of page, request, session,"
                + " application");
    }

    @Test
    void paramOutsideAnImageTag_saysWhereItBelongs() {
        assertThat(failure("form=loose-param")[1]).isEqualTo("<ik:param> must be inside"
                + " <ik:thumbnail> or <ik:generateimage>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"source-param", "source-params"})
    void sourceAmongTheArguments_isRefusedWithTheMessageOfEveryFrontEnd(String form) {
        assertThat(failure("form=" + form + "&src=photos/dog.jpg")[1])
                .isEqualTo(TemplateArguments.SOURCE_REFUSED)
                .isEqualTo("\"source\" cannot be a generator argument: give the source image"
                        + " with the tag's source attribute (ik:src in Thymeleaf)");
    }

    @Test
    void uncaughtFailure_errorPageShowsOnlyTheMessage() {
        HttpResponse<String> page = app.get("/uncaught.jsp?spec=tests:broken&src=photos/dog.jpg");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("cannot render image of spec &quot;tests:broken&quot;")
                .doesNotContain(work.toString()).doesNotContain("/secret/path")
                .doesNotContain("GenerationFailedException").doesNotContain("\tat ")
                .doesNotContain("<img");
    }
}
