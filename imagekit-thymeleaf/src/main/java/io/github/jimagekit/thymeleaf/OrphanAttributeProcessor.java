package io.github.jimagekit.thymeleaf;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.AbstractProcessor;
import org.thymeleaf.processor.element.IElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.processor.element.MatchingAttributeName;
import org.thymeleaf.processor.element.MatchingElementName;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Any {@code ik:} attribute left after {@code ik:src} ran, which only happens when the element
 * has no {@code ik:src} (it consumes the others): an error, so that a forgotten {@code ik:src}
 * or a misspelt attribute never reaches the page silently.
 */
final class OrphanAttributeProcessor extends AbstractProcessor implements IElementTagProcessor {

    /** After {@link SrcAttributeProcessor#PRECEDENCE}. */
    static final int PRECEDENCE = SrcAttributeProcessor.PRECEDENCE + 100;

    private final MatchingAttributeName matching;

    OrphanAttributeProcessor(String dialectPrefix) {
        super(TemplateMode.HTML, PRECEDENCE);
        this.matching = MatchingAttributeName.forAllAttributesWithPrefix(TemplateMode.HTML,
                dialectPrefix);
    }

    @Override
    public MatchingElementName getMatchingElementName() {
        return null;
    }

    @Override
    public MatchingAttributeName getMatchingAttributeName() {
        return matching;
    }

    @Override
    public void process(ITemplateContext context, IProcessableElementTag tag,
            IElementTagStructureHandler structureHandler) {
        for (IAttribute a : tag.getAllAttributes()) {
            AttributeName name = a.getAttributeDefinition().getAttributeName();
            if (matching.matches(name)) {
                TemplateProcessingException e = new TemplateProcessingException("attribute \""
                        + a.getAttributeCompleteName() + "\" needs " + name.getPrefix()
                        + ":src on the same element");
                if (a.hasLocation()) {
                    e.setTemplateName(a.getTemplateName());
                    e.setLineAndCol(a.getLine(), a.getCol());
                }
                throw e;
            }
        }
    }
}
