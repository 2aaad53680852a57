package io.github.jimagekit.thymeleaf;

import io.github.jimagekit.ImageKit;
import java.util.Set;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * The {@code ik:} dialect: {@code <img ik:src="${photo}" ik:geometry="200x200">} and the
 * {@code #imagekit} expression object. Add it to a {@code TemplateEngine} (or a Spring
 * {@code SpringTemplateEngine}) with {@code engine.addDialect(...)}, and declare the namespace
 * {@value #NAMESPACE} in templates ({@code xmlns:ik} is removed from the output).
 *
 * <pre>{@code
 * TemplateEngine engine = new TemplateEngine();
 * engine.addDialect(new ImageKitDialect(kit));         // standalone, or a Spring bean kit
 * engine.addDialect(new ImageKitDialect());            // web apps: the kit in the ServletContext
 * }</pre>
 *
 * <p>The dialect needs no Spring class; with Spring, SpEL evaluates the same attributes.
 */
public final class ImageKitDialect extends AbstractProcessorDialect
        implements IExpressionObjectDialect {

    /** The dialect's name. */
    public static final String NAME = "ImageKit";
    /** The default attribute prefix. */
    public static final String PREFIX = "ik";
    /** The namespace templates declare as {@code xmlns:ik}. */
    public static final String NAMESPACE = "https://jimagekit.github.io/thymeleaf";
    /** The dialect's processor precedence, the Standard Dialect's. */
    public static final int PRECEDENCE = StandardDialect.PROCESSOR_PRECEDENCE;

    private final KitLocator kits;
    private final IExpressionObjectFactory expressions;

    /**
     * Creates the dialect for a web application whose {@link ImageKit} is kept in the
     * application attributes ({@code ServletContext}) under {@link ImageKit#CONTEXT_ATTRIBUTE},
     * as the servlet bootstrap does. Templates must be processed with an
     * {@code IWebContext}; a template processed without one, or an application without a kit,
     * fails with a message saying so.
     */
    public ImageKitDialect() {
        this(KitLocator.fromApplication());
    }

    /**
     * Creates the dialect for one kit: standalone engines and Spring (the kit as a bean).
     *
     * @param kit the application's kit
     */
    public ImageKitDialect(ImageKit kit) {
        this(KitLocator.of(kit));
    }

    private ImageKitDialect(KitLocator kits) {
        super(NAME, PREFIX, PRECEDENCE);
        this.kits = kits;
        this.expressions = new ExpressionObjectFactory(kits);
    }

    /**
     * Returns the processors: {@code ik:src}, the check for {@code ik:} attributes without
     * {@code ik:src}, and the removal of {@code xmlns:ik}.
     *
     * @param dialectPrefix the prefix in use ({@value #PREFIX} unless the engine changed it)
     * @return the processors
     */
    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new SrcAttributeProcessor(dialectPrefix, kits),
                new OrphanAttributeProcessor(dialectPrefix),
                new StandardXmlNsTagProcessor(TemplateMode.HTML, dialectPrefix));
    }

    /**
     * Returns the factory of {@code #imagekit}.
     *
     * @return the factory, building an {@link ImageKitExpressions} per template execution
     */
    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return expressions;
    }
}
