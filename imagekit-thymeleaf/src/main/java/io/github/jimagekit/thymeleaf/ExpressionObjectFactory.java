package io.github.jimagekit.thymeleaf;

import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Builds {@code #imagekit} once per template execution, with the kit of that execution. */
final class ExpressionObjectFactory implements IExpressionObjectFactory {

    /** The expression object's name: {@code #imagekit}. */
    static final String NAME = "imagekit";

    private final KitLocator kits;

    ExpressionObjectFactory(KitLocator kits) {
        this.kits = kits;
    }

    @Override
    public Set<String> getAllExpressionObjectNames() {
        return Set.of(NAME);
    }

    @Override
    public Object buildObject(IExpressionContext context, String expressionObjectName) {
        return NAME.equals(expressionObjectName)
                ? new ImageKitExpressions(kits.locate(context)) : null;
    }

    @Override
    public boolean isCacheable(String expressionObjectName) {
        return NAME.equals(expressionObjectName);
    }
}
