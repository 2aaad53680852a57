package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.error.GenerationFailedException;
import io.github.jimagekit.error.NotRegisteredException;
import io.github.jimagekit.servlet.EmbeddedWebApp;
import io.github.jimagekit.servlet.TemplateArguments;
import io.github.jimagekit.template.ImageTagException;
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

    /** What the renderer says of tests:broken's image of photos/dog.jpg. */
    private static final String BROKEN = "cannot render image of spec \"tests:broken\" for"
            + " source \"photos/dog.jpg\": spec \"tests:broken\": source \"photos/dog.jpg\":"
            + " processing failed: IllegalStateException";

    /**
     * What a page caught: the exception's class name and message, its cause's class name and
     * message, the class name of the cause's cause and of the cause's first suppressed one
     * ({@code ""} where there is none).
     */
    record Failure(String type, String message, String cause, String causeMessage,
            String causeCause, String suppressed) {
    }

    /** Renders errors.jsp and returns what its {@code <c:catch>} caught. */
    private static Failure failure(String query) {
        HttpResponse<String> page = app.get("/errors.jsp?" + query);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(work.toString()).doesNotContain("\tat ");
        Document doc = Jsoup.parse(page.body());
        return new Failure(doc.getElementById("type").text(),
                doc.getElementById("message").text(), doc.getElementById("cause").text(),
                doc.getElementById("cause-message").text(),
                doc.getElementById("cause-cause").text(), doc.getElementById("suppressed").text());
    }

    @Test
    void unknownSpec_jspExceptionNamesSpecSourceAndRegisteredIds() {
        Failure f = failure("spec=tests:nope&src=photos/dog.jpg");

        assertThat(f.type()).isEqualTo("jakarta.servlet.jsp.JspException");
        assertThat(f.message()).isEqualTo("cannot render image of spec \"tests:nope\" for source"
                + " \"photos/dog.jpg\": generator \"tests:nope\" is not registered (registered:"
                + " imagekit:thumbnail, tests:avatar, tests:banner, tests:broken,"
                + " tests:discovered)");
    }

    @Test
    void missingSource_namesSpecAndSource() {
        assertThat(failure("spec=tests:avatar&src=photos/cat.jpg").message()).isEqualTo(
                "cannot render image of spec \"tests:avatar\" for source \"photos/cat.jpg\":"
                        + " source \"photos/cat.jpg\" does not exist");
    }

    @Test
    void noSource_saysSo() {
        assertThat(failure("spec=tests:avatar").message()).isEqualTo("cannot render image of spec"
                + " \"tests:avatar\" for source (none): no source given (the value was null)");
    }

    @Test
    void traversingSource_isRefusedWithoutAPath() {
        assertThat(failure("spec=tests:avatar&src=../../etc/passwd").message())
                .startsWith("cannot render image of spec \"tests:avatar\" for source"
                        + " \"../../etc/passwd\": ")
                .contains("\"..\" segment");
    }

    @Test
    void badGeometry_namesTheGeometry() {
        assertThat(failure("form=thumbnail&geometry=12xab&src=photos/dog.jpg").message())
                .startsWith("cannot render image of spec \"imagekit:thumbnail\" for source"
                        + " \"photos/dog.jpg\": geometry \"12xab\"");
    }

    @Test
    void badAnchor_listsTheAnchors() {
        String query = "form=thumbnail&geometry=10x10&src=photos/dog.jpg&anchor=middle";
        assertThat(failure(query).message())
                .contains("anchor \"middle\" is not one of c, t, b, l, r, tl, tr, bl, br");
    }

    @ParameterizedTest
    @ValueSource(strings = {"form=img", "form=var"})
    void failedGeneration_eitherForm_failsAtTheTagChainingTheFailureWithoutWhatIsBelowIt(
            String form) {
        Failure f = failure(form + "&spec=tests:broken&src=photos/dog.jpg");

        assertThat(f).isEqualTo(new Failure("jakarta.servlet.jsp.JspException", BROKEN,
                ImageTagException.class.getName(), BROKEN, "",
                GenerationFailedException.class.getName()));
    }

    @Test
    void varUnknownSpec_failsAtTheTagWithTheRenderersMessage() {
        Failure f = failure("form=var&spec=tests:nope&src=photos/dog.jpg");

        assertThat(f.type()).isEqualTo("jakarta.servlet.jsp.JspException");
        assertThat(f.message()).isEqualTo(f.causeMessage()).startsWith("cannot render image of"
                + " spec \"tests:nope\" for source \"photos/dog.jpg\": generator"
                + " \"tests:nope\" is not registered");
        assertThat(f.suppressed()).isEqualTo(NotRegisteredException.class.getName());
    }

    @Test
    void varWithAnAttribute_isRefusedNamingIt() {
        Failure f = failure("form=var-attribute&src=photos/dog.jpg");

        assertThat(f.type()).isEqualTo("jakarta.servlet.jsp.JspTagException");
        assertThat(f.message()).isEqualTo("var=\"th\" stores the image instead of writing an"
                + " <img>, so attribute alt has nowhere to go: put it on your own <img>");
        assertThat(f.cause()).isEmpty();
    }

    @Test
    void varWithAttributes_isRefusedNamingEachEvenANullOne() {
        Failure f = failure("form=var-attributes&src=photos/dog.jpg");

        assertThat(f.type()).isEqualTo("jakarta.servlet.jsp.JspTagException");
        assertThat(f.message()).isEqualTo("var=\"av\" stores the image instead of writing an"
                + " <img>, so attributes alt, class have nowhere to go: put them on your own"
                + " <img>");
    }

    @Test
    void badScope_namesTheScope() {
        Failure f = failure("form=scope&src=photos/dog.jpg");

        assertThat(f.type()).isEqualTo("jakarta.servlet.jsp.JspTagException");
        assertThat(f.message()).isEqualTo("scope \"galaxy\" is not one of page, request, session,"
                + " application");
    }

    @Test
    void paramOutsideAnImageTag_saysWhereItBelongs() {
        assertThat(failure("form=loose-param").message()).isEqualTo("<ik:param> must be inside"
                + " <ik:thumbnail> or <ik:generateimage>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"source-param", "source-params"})
    void sourceAmongTheArguments_isRefusedWithTheMessageOfEveryFrontEnd(String form) {
        assertThat(failure("form=" + form + "&src=photos/dog.jpg").message())
                .isEqualTo(TemplateArguments.SOURCE_REFUSED)
                .isEqualTo("\"source\" cannot be a generator argument: give the source image"
                        + " with the tag's source attribute (ik:src in Thymeleaf)");
    }

    @Test
    void uncaughtFailure_errorPageShowsTheMessageAndItsTypeButNoPathOrStack() {
        HttpResponse<String> page = app.get("/uncaught.jsp?spec=tests:broken&src=photos/dog.jpg");

        assertThat(page.statusCode()).isEqualTo(500);
        assertSafeErrorPage(page.body(), "/uncaught.jsp", 5);
    }

    @Test
    void uncaughtVarFailure_errorPagePointsAtTheTagWithTheRenderersMessage() {
        HttpResponse<String> page = app.get("/var-on-error.jsp?spec=tests:broken"
                + "&src=photos/dog.jpg");

        assertThat(page.statusCode()).isEqualTo(500);
        assertSafeErrorPage(page.body(), "/var-on-error.jsp", 7);
        assertThat(page.body()).doesNotContain("ELException").doesNotContain("<p id=\"after\">");
    }

    /**
     * Checks a Jetty error page (stack traces off): Jasper names the page and the tag's line,
     * Jetty lists each cause, and the renderer's message and jimagekit's exception are among
     * them, but nothing below it.
     */
    private static void assertSafeErrorPage(String body, String page, int line) {
        assertThat(body).contains("An exception occurred processing [" + page + "] at line ["
                        + line + "]")
                .contains("<th>CAUSED BY:</th><td>" + ImageTagException.class.getName() + ": "
                        + BROKEN.replace("\"", "&quot;") + "</td>")
                .doesNotContain(work.toString()).doesNotContain("/secret/path")
                .doesNotContain("GenerationFailedException")
                .doesNotContain("IllegalStateException:")
                .doesNotContain("\tat ").doesNotContain("<img");
    }
}
