package io.github.jimagekit.thymeleaf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jimagekit.ImageKit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** {@code ik:} attributes on an element without {@code ik:src}. */
final class OrphanAttributeProcessorTest {

    @TempDir
    Path root;

    @Test
    void process_ikAttributeWithoutSrc_failsNamingItAndTheLine() {
        try (ImageKit kit = TestKit.create(root, "omit")) {
            var engine = Pages.engine(new ImageKitDialect(kit));
            assertThat(Pages.failure(() -> Pages.render(engine, "\n\n<img src=\"a.png\""
                    + " ik:geometry=\"200x200\">", DialectCases.variables()),
                    TemplateProcessingException.class))
                    .hasMessageStartingWith("attribute \"ik:geometry\" needs ik:src on the same"
                            + " element")
                    .hasMessageContaining("line 3");
            assertThat(Pages.failure(() -> Pages.render(engine, "<img data-ik-arg-side=\"1\">",
                    DialectCases.variables()), TemplateProcessingException.class))
                    .hasMessageStartingWith("attribute \"data-ik-arg-side\" needs ik:src");
        }
    }
}
