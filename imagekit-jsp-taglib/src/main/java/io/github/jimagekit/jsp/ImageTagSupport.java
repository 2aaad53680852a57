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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code <ik:thumbnail>} and {@code <ik:generateimage>} share: the {@code source},
 * {@code spec}, {@code var}, {@code scope} and {@code params} attributes, nested
 * {@code <ik:param>} arguments, and every other attribute passed through to the {@code <img>}
 * ({@link DynamicAttributes}). The work is done by the kit's
 * {@link io.github.jimagekit.template.ImageTagRenderer}; failures become a
 * {@link JspException} with the renderer's message, which names the spec and the source. The
 * exception carries no cause (an error page cannot show the cause's details): the cause is
 * logged at {@code WARNING}.
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
     * Renders the {@code <img>}, or sets {@code var} to the cache file.
     *
     * @throws JspException naming the spec and the source when the image cannot be made,
     *     naming the value of a bad {@code scope}, or saying how to set jimagekit up when the
     *     application has no kit
     * @throws IOException when the page cannot be written
     */
    @Override
    public void doTag() throws JspException, IOException {
        collectParams(getJspBody());
        JspContext context = getJspContext();
        ImageKit kit = kit(context);
        tag.spec(spec).source(source);
        describe(tag);
        addArguments(tag, params);
        addArguments(tag, nestedParams);
        try {
            if (var != null) {
                int where = scope(scope);
                context.setAttribute(var, kit.templates().cacheFile(tag.build()), where);
            } else {
                context.getOut().write(kit.templates().html(tag.build()));
            }
        } catch (ImageTagException e) {
            // as Spring's tags do: the page's exception carries only the message, so that no
            // error page can show the cause's paths or stack; the container logs that message
            // and the cache layer a failed generation, so the stack trace is for DEBUG only
            LOG.log(Level.DEBUG, e.getMessage(), e);
            throw new JspException(e.getMessage());
        }
    }

    /**
     * Adds what the concrete tag knows to the request: a geometry and thumbnail arguments.
     *
     * @param tag the request being built
     */
    protected abstract void describe(ImageTag.Builder tag);

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
