package io.github.jimagekit.jsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.jimagekit.servlet.ApplicationKit;
import io.github.jimagekit.servlet.EmbeddedWebApp;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class NoKitTest {

    @TempDir
    Path work;

    @Test
    void tag_withoutAKit_failsWithTheMessageOfEveryFrontEnd() throws Exception {
        try (EmbeddedWebApp app = EmbeddedWebApp.builder(work).withoutInitializer().start()) {
            HttpResponse<String> page = app.get("/errors.jsp?spec=tests:avatar&src=a.jpg");
            Document doc = Jsoup.parse(page.body());

            assertThat(doc.getElementById("type").text())
                    .isEqualTo("jakarta.servlet.jsp.JspException");
            assertThat(doc.getElementById("message").text())
                    .isEqualTo(lookupMessage())
                    .startsWith("no ImageKit in the ServletContext attribute"
                            + " \"io.github.jimagekit.ImageKit\": put imagekit-servlet in"
                            + " WEB-INF/lib");
        }
    }

    private static String lookupMessage() {
        Throwable t = catchThrowable(() -> ApplicationKit.require(null));
        assertThat(t).isInstanceOf(IllegalStateException.class);
        return t.getMessage();
    }
}
