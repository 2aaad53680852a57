package io.github.jimagekit.thymeleaf;

import io.github.jimagekit.template.ImageTagException;
import io.github.jimagekit.template.ImageTagRenderer;
import java.util.Map;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeDefinition;
import org.thymeleaf.engine.AttributeDefinitions;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.IAttributeDefinitionsAware;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.util.StandardProcessorUtils;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;

/**
 * {@code ik:src}: renders the element's image through the kit's
 * {@link ImageTagRenderer}, then sets {@code src} (in place of {@code ik:src}) and, unless the
 * element has either, {@code width} and {@code height}. With {@code on-error=omit} a failed
 * image removes the element; with {@code fallback} it gets the fallback attributes; with
 * {@code fail} the renderer's message becomes a {@link TemplateProcessingException}, whose cause
 * is the renderer's {@link ImageTagException} in the form an error page may show
 * ({@link ImageTagException#forErrorPage()}).
 */
final class SrcAttributeProcessor extends AbstractAttributeTagProcessor
        implements IAttributeDefinitionsAware {

    /** The attribute this processor handles. */
    static final String ATTR_NAME = ImageTagReader.SRC;
    /**
     * After the standard attribute processors of the same element ({@code th:each},
     * {@code th:with}, {@code th:attr}, {@code th:width} and {@code th:height} at 1000 or
     * less), so the element's own width and height are known.
     */
    static final int PRECEDENCE = 1100;

    private final KitLocator kits;
    private Map<String, AttributeDefinition> definitions = Map.of();

    SrcAttributeProcessor(String dialectPrefix, KitLocator kits) {
        super(TemplateMode.HTML, dialectPrefix, null, false, ATTR_NAME, true, PRECEDENCE, false);
        this.kits = kits;
    }

    /**
     * Looks up the attributes this processor writes once, so that writing them needs no name
     * search (as Thymeleaf's own attribute processors do).
     *
     * @param attributeDefinitions the engine's attribute definitions
     */
    @Override
    public void setAttributeDefinitions(AttributeDefinitions attributeDefinitions) {
        this.definitions = Map.of(
                "src", attributeDefinitions.forName(TemplateMode.HTML, "src"),
                "width", attributeDefinitions.forName(TemplateMode.HTML, "width"),
                "height", attributeDefinitions.forName(TemplateMode.HTML, "height"));
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag,
            AttributeName attributeName, String attributeValue,
            IElementTagStructureHandler structureHandler) {
        ImageTagReader.Request request = ImageTagReader.read(context, tag, getDialectPrefix());
        ImageTagRenderer.Result result;
        try {
            result = kits.locate(context).templates().render(request.tag());
        } catch (ImageTagException e) {
            // as the JSP tags do: error pages list every cause, and those below ours may name
            // server paths; they stay attached as suppressed exceptions, for logs
            throw new TemplateProcessingException(e.getMessage(), e.forErrorPage());
        }
        if (result.kind() == ImageTagRenderer.Kind.OMITTED) {
            structureHandler.removeElement();
            return;
        }
        for (AttributeName name : request.consumed()) {
            if (!name.equals(attributeName)) {
                structureHandler.removeAttribute(name);
            }
        }
        Map<String, String> given = request.tag().attributes();
        result.attributes().forEach((name, raw) -> {
            String value = EscapedAttributeUtils.escapeAttribute(TemplateMode.HTML, raw);
            AttributeDefinition definition = definitions.get(name);
            if (name.equals("src")) {
                StandardProcessorUtils.replaceAttribute(structureHandler, attributeName,
                        definition, name, value);
            } else if (!given.containsKey(name)) {
                StandardProcessorUtils.setAttribute(structureHandler, definition, name, value);
            }
        });
    }
}
