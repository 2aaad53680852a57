package io.github.jimagekit.thymeleaf;

import java.util.Map;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Renders templates given as strings with a plain {@link TemplateEngine}. */
final class Pages {

    /** Opens the element that declares the namespace around a case's template. */
    static final String OPEN = "<div xmlns:ik=\"" + ImageKitDialect.NAMESPACE + "\">";

    private Pages() {
    }

    /**
     * Makes a standalone engine (OGNL) with one more dialect.
     *
     * @param dialect the dialect
     * @return the engine
     */
    static TemplateEngine engine(IDialect dialect) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.addDialect(dialect);
        return engine;
    }

    /**
     * Runs a rendering that must fail and returns the failure the processor (or expression)
     * raised: Thymeleaf wraps it in a {@code TemplateInputException} when it processes while
     * parsing, as it does for uncached templates.
     *
     * @param rendering the rendering
     * @param type      the type of failure to find in the cause chain
     * @param <T>       that type
     * @return the innermost failure of that type
     */
    static <T extends Throwable> T failure(Runnable rendering, Class<T> type) {
        try {
            rendering.run();
        } catch (RuntimeException e) {
            T found = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    found = type.cast(t);
                }
            }
            if (found != null) {
                return found;
            }
            throw new AssertionError("no " + type.getSimpleName() + " in the failure", e);
        }
        throw new AssertionError("the rendering did not fail");
    }

    /**
     * Renders a fragment inside {@link #OPEN}.
     *
     * @param engine    the engine
     * @param fragment  the template fragment
     * @param variables the model
     * @return the output between the {@code div} tags
     */
    static String render(ITemplateEngine engine, String fragment, Map<String, Object> variables) {
        String out = engine.process(OPEN + fragment + "</div>",
                new Context(null, variables));
        return out.substring("<div>".length(), out.length() - "</div>".length());
    }
}
