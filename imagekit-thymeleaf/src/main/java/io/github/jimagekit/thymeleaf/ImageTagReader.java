package io.github.jimagekit.thymeleaf;

import io.github.jimagekit.servlet.TemplateArguments;
import io.github.jimagekit.template.ImageTag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.engine.EngineEventUtils;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.standard.expression.NoOpToken;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.util.EscapedAttributeUtils;

/**
 * Reads what an element with {@code ik:src} asks for into an {@link ImageTag}: the source, the
 * {@code ik:} attributes (each a Thymeleaf standard expression, evaluated like {@code th:src})
 * and whether the element already has a {@code width} or {@code height}.
 */
final class ImageTagReader {

    /** The {@code ik:} attribute naming the source. */
    static final String SRC = "src";
    /** The {@code ik:} attribute naming the generator. */
    static final String SPEC = "spec";
    /** The {@code ik:} attribute holding the thumbnail geometry. */
    static final String GEOMETRY = "geometry";
    /** The {@code ik:} attribute holding a map of generator arguments. */
    static final String ARGS = "args";
    /** The prefix of {@code ik:} attributes holding one generator argument each. */
    static final String ARG_PREFIX = "arg-";

    private static final List<String> SHORT_ARGUMENTS = List.of("anchor", "crop", "upscale");
    private static final List<String> KNOWN = Stream.of(List.of(SRC, SPEC, GEOMETRY),
            SHORT_ARGUMENTS, List.of(ARGS, ARG_PREFIX + "NAME")).flatMap(List::stream).toList();

    /**
     * What an element asked for.
     *
     * @param tag      the request for the renderer
     * @param consumed the {@code ik:} attributes read, to remove from the output
     */
    record Request(ImageTag tag, List<AttributeName> consumed) {
    }

    private ImageTagReader() {
    }

    /**
     * Reads an element.
     *
     * @param context the template's context
     * @param element the element with {@code ik:src}
     * @param prefix  the dialect's prefix
     * @return the request
     * @throws TemplateProcessingException when an {@code ik:} attribute is unknown or its value
     *     does not fit
     */
    static Request read(ITemplateContext context, IProcessableElementTag element, String prefix) {
        ImageTag.Builder b = ImageTag.builder();
        List<AttributeName> consumed = new ArrayList<>(4);
        Map<String, Object> named = new LinkedHashMap<>(4);
        Object map = null;
        for (IAttribute a : element.getAllAttributes()) {
            AttributeName name = a.getAttributeDefinition().getAttributeName();
            String local = name.getAttributeName();
            if (!prefix.equalsIgnoreCase(name.getPrefix())) {
                if (!name.isPrefixed() && (local.equals("width") || local.equals("height"))) {
                    b.attribute(local, a.getValue() == null ? "" : a.getValue());
                }
                continue;
            }
            consumed.add(name);
            Object value = evaluate(context, element, name, a.getValue());
            if (local.equals(SRC)) {
                b.source(value);
            } else if (local.equals(SPEC)) {
                b.spec(text(value));
            } else if (local.equals(GEOMETRY)) {
                b.geometry(text(value));
            } else if (local.equals(ARGS)) {
                map = value;
            } else if (SHORT_ARGUMENTS.contains(local)) {
                named.put(local, value);
            } else if (local.startsWith(ARG_PREFIX) && local.length() > ARG_PREFIX.length()) {
                named.put(argumentName(local.substring(ARG_PREFIX.length())), value);
            } else {
                throw new TemplateProcessingException("unknown attribute \""
                        + a.getAttributeCompleteName() + "\" (known: " + prefix + ":"
                        + String.join(", " + prefix + ":", KNOWN) + ")");
            }
        }
        arguments(b, map, "ik:args");
        named.forEach(b::argument);
        return new Request(b.build(), consumed);
    }

    /**
     * Adds a map of generator arguments to a request.
     *
     * @param b     the request
     * @param map   a {@link Map} of argument names to values, or {@code null}
     * @param where what gave the map, for the message
     * @throws TemplateProcessingException when {@code map} is not a map, or has a blank key or
     *     {@code source}
     */
    static void arguments(ImageTag.Builder b, Object map, String where) {
        if (map == null) {
            return;
        }
        if (!(map instanceof Map<?, ?> m)) {
            throw new TemplateProcessingException(where + " must be a map of argument names to"
                    + " values, was a " + map.getClass().getSimpleName());
        }
        m.forEach((k, v) -> {
            if (k == null || k.toString().isBlank()) {
                throw new TemplateProcessingException(where + " has a blank argument name");
            }
            b.argument(argumentName(k.toString()), v);
        });
    }

    /** Refuses {@code source} among the arguments, as the JSP tags do, with their message. */
    private static String argumentName(String name) {
        if (TemplateArguments.isSource(name)) {
            throw new TemplateProcessingException(TemplateArguments.SOURCE_REFUSED);
        }
        return name;
    }

    private static Object evaluate(ITemplateContext context, IProcessableElementTag element,
            AttributeName name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = EscapedAttributeUtils.unescapeAttribute(TemplateMode.HTML, raw);
        Object result = EngineEventUtils.computeAttributeExpression(context, element, name, value)
                .execute(context, StandardExpressionExecutionContext.RESTRICTED);
        return result == NoOpToken.VALUE ? null : result;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
