package io.github.jimagekit.thymeleaf;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ApplicationKit;
import java.util.Objects;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.exceptions.TemplateProcessingException;

/** Where the dialect finds the application's {@link ImageKit} while a template is processed. */
@FunctionalInterface
interface KitLocator {

    /**
     * Finds the kit.
     *
     * @param context the template's context
     * @return the kit
     * @throws TemplateProcessingException saying how to provide one when there is none
     */
    ImageKit locate(IExpressionContext context);

    /**
     * Always the same kit: standalone engines and Spring beans.
     *
     * @param kit the kit
     * @return the locator
     */
    static KitLocator of(ImageKit kit) {
        Objects.requireNonNull(kit, "kit");
        return context -> kit;
    }

    /**
     * The kit kept in the web application's attributes under {@link ImageKit#CONTEXT_ATTRIBUTE}
     * (the {@code ServletContext} in a servlet container), read through {@link IWebContext}
     * and found by {@link ApplicationKit}, as every front-end finds it.
     *
     * @return the locator
     */
    static KitLocator fromApplication() {
        return context -> {
            if (!(context instanceof IWebContext web)) {
                throw new TemplateProcessingException("no ImageKit for this template: it is not"
                        + " processed with a web context, and the dialect was made without a kit"
                        + " (use new ImageKitDialect(kit))");
            }
            try {
                return ApplicationKit.require(web.getExchange().getApplication()
                        .getAttributeValue(ApplicationKit.ATTRIBUTE));
            } catch (IllegalStateException e) {
                throw new TemplateProcessingException(e.getMessage());
            }
        };
    }
}
