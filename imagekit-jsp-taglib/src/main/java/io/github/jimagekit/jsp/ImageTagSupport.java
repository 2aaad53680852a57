package io.github.jimagekit.jsp;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.servlet.ApplicationKit;
import io.github.jimagekit.servlet.TemplateArguments;
import io.github.jimagekit.source.SourceResolver;
import io.github.jimagekit.template.ImageTag;
import io.github.jimagekit.template.ImageTagException;
import jakarta.servlet.jsp.JspContext;
import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.PageContext;
import jakarta.servlet.jsp.tagext.DynamicAttributes;
import jakarta.servlet.jsp.tagext.JspFragment;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;
import java.io.IOException;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code <ik:thumbnail>} and {@code <ik:generateimage>} share: the {@code source},
 * {@code spec}, {@code var}, {@code scope} and {@code params} attributes, nested
 * {@code <ik:param>} arguments, and every other attribute passed through to the {@code <img>}
 * ({@link DynamicAttributes}). The work is done by the kit's
 * {@link io.github.jimagekit.template.ImageTagRenderer}; failures become a
 * {@link JspException} with the renderer's message, which names the spec and the source, and
 * the renderer's {@link ImageTagException} as its cause, in the form an error page may show
 * ({@link ImageTagException#forErrorPage()}: the causes below it, which may name server paths,
 * are attached as suppressed exceptions, for logs). The failure is logged at {@code WARNING}.
 *
 * <p>With {@code var}, the tag writes no {@code <img>}: it stores the renderer's
 * {@linkplain io.github.jimagekit.template.ImageTagRenderer#variable variable value} (the
 * cache file, made to exist; nothing or a fallback image when it cannot be made and
 * {@code imagekit.template.on-error} says so), and refuses attributes meant for the
 * {@code <img>}.
 */
public abstract class ImageTagSupport extends SimpleTagSupport implements DynamicAttributes {

    private static final System.Logger LOG = System.getLogger(ImageTagSupport.class.getName());

    private String spec;
    private Object source;
    private String var;
    private String scope;
    private Map<?, ?> params;
    private Map<String, Object> nestedParams;
    private final ImageTag.Builder tag = ImageTag.builder();
    private final List<String> attributeNames = new ArrayList<>(4);

    /** Creates the handler; the JSP container does this. */
    protected ImageTagSupport() {
        // configured by the setters
    }

    /**
     * Sets the generator id.
     *
     * @param value a registered id such as {@code "myapp:profile:avatar"}
     */
    public void setSpec(String value) {
        this.spec = value;
    }

    /**
     * Sets the source image.
     *
     * @param value a storage name, {@code Path}, {@code File}, {@code Source}, or a value an
     *     application {@code SourceResolver} handles
     */
    public void setSource(Object value) {
        this.source = value;
    }

    /**
     * Sets the variable that receives the cache file instead of an {@code <img>} being
     * written (django-imagekit's {@code as} form).
     *
     * @param value the variable name
     */
    public void setVar(String value) {
        this.var = value;
    }

    /**
     * Sets the scope of {@code var}.
     *
     * @param value {@code page} (the default), {@code request}, {@code session} or
     *     {@code application}
     */
    public void setScope(String value) {
        this.scope = value;
    }

    /**
     * Sets generator arguments from a map; nested {@code <ik:param>} tags add to (and
     * override) them.
     *
     * @param value argument names to values
     */
    public void setParams(Map<?, ?> value) {
        this.params = value;
    }

    /**
     * Takes an attribute that is not a tag parameter: it is passed through to the
     * {@code <img>}, escaped.
     *
     * @param uri       the attribute's namespace, or {@code null}
     * @param localName the attribute's name
     * @param value     its value; {@code null} leaves the attribute out
     */
    @Override
    public void setDynamicAttribute(String uri, String localName, Object value) {
        attributeNames.add(localName);
        tag.attribute(localName, value);
    }

    /**
     * Adds a generator argument: what a nested {@code <ik:param>} calls.
     *
     * @param name  the argument name
     * @param value the value; {@code null} leaves the argument out
     * @throws JspTagException when the name is {@code source} (use the attribute)
     */
    public void addParam(String name, Object value) throws JspTagException {
        if (TemplateArguments.isSource(name)) {
            throw new JspTagException(TemplateArguments.SOURCE_REFUSED);
        }
        if (nestedParams == null) {
            nestedParams = new LinkedHashMap<>();
        }
        nestedParams.put(name, value);
    }

    /**
     * Renders the {@code <img>}, or sets {@code var} to the cache file (or, when the image
     * cannot be made, to what {@code imagekit.template.on-error} says: nothing, or the fallback
     * image).
     *
     * @throws JspException naming the spec and the source when the image cannot be made,
     *     naming the value of a bad {@code scope} or the attributes given with {@code var}, or
     *     saying how to set jimagekit up when the application has no kit
     * @throws IOException when the page cannot be written
     */
    @Override
    public void doTag() throws JspException, IOException {
        collectParams(getJspBody());
        refuseAttributesWithVar();
        JspContext context = getJspContext();
        ImageKit kit = kit(context);
        tag.spec(spec).source(source);
        describe(tag);
        addArguments(tag, params);
        addArguments(tag, nestedParams);
        try {
            if (var != null) {
                int where = scope(scope);
                // a null value (on-error=omit) removes the variable, so ${empty th} tells
                context.setAttribute(var, kit.templates().variable(tag.build()).value(), where);
            } else {
                context.getOut().write(kit.templates().html(tag.build()));
            }
        } catch (ImageTagException e) {
            // as Spring's tags do: the whole chain goes to the log; the page's exception keeps
            // the jimagekit failure as its cause but not the causes below it, which error
            // pages list and which may name server paths
            LOG.log(Level.WARNING, e.getMessage(), e);
            throw new JspException(e.getMessage(), e.forErrorPage());
        }
    }

    /**
     * Adds what the concrete tag knows to the request: a geometry and thumbnail arguments.
     *
     * @param tag the request being built
     */
    protected abstract void describe(ImageTag.Builder tag);

    /**
     * Refuses {@code <img>} attributes with {@code var}, as django-imagekit refuses
     * {@code -- alt="…" as th}: they can only mean that the page expected an {@code <img>}.
     */
    private void refuseAttributesWithVar() throws JspTagException {
        if (var == null || attributeNames.isEmpty()) {
            return;
        }
        boolean one = attributeNames.size() == 1;
        throw new JspTagException("var=\"" + var + "\" stores the image instead of writing an"
                + " <img>, so " + (one ? "attribute " : "attributes ")
                + String.join(", ", attributeNames) + (one ? " has" : " have")
                + " nowhere to go: put " + (one ? "it" : "them") + " on your own <img>");
    }

    /** Runs the nested {@code <ik:param>} tags; anything else in the body is not output. */
    private static void collectParams(JspFragment body) throws JspException, IOException {
        if (body == null) {
            return;
        }
        try {
            body.invoke(Writer.nullWriter());
        } catch (JspException e) {
            // the fragment wraps a nested tag's exception: report the nested one itself
            throw e.getCause() instanceof JspException nested ? nested : e;
        }
    }

    private static void addArguments(ImageTag.Builder tag, Map<?, ?> arguments)
            throws JspTagException {
        if (arguments == null) {
            return;
        }
        for (Map.Entry<?, ?> e : arguments.entrySet()) {
            String name = String.valueOf(e.getKey());
            if (TemplateArguments.isSource(name)) {
                throw new JspTagException(TemplateArguments.SOURCE_REFUSED);
            }
            tag.argument(name, e.getValue());
        }
    }

    private static ImageKit kit(JspContext context) throws JspException {
        try {
            return ApplicationKit.require(context.getAttribute(ApplicationKit.ATTRIBUTE,
                    PageContext.APPLICATION_SCOPE));
        } catch (IllegalStateException e) {
            throw new JspException(e.getMessage());
        }
    }

    private static int scope(String name) throws JspTagException {
        switch (name == null ? "page" : name.strip().toLowerCase(Locale.ROOT)) {
            case "page":
                return PageContext.PAGE_SCOPE;
            case "request":
                return PageContext.REQUEST_SCOPE;
            case "session":
                return PageContext.SESSION_SCOPE;
            case "application":
                return PageContext.APPLICATION_SCOPE;
            default:
                throw new JspTagException("scope \"" + name + "\" is not one of page, request,"
                        + " session, application");
        }
    }
}
