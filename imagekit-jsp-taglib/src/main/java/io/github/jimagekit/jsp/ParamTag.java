package io.github.jimagekit.jsp;

import jakarta.servlet.jsp.JspException;
import jakarta.servlet.jsp.JspTagException;
import jakarta.servlet.jsp.tagext.SimpleTagSupport;

/**
 * {@code <ik:param name="width" value="300"/>} inside {@code <ik:thumbnail>} or
 * {@code <ik:generateimage>}: one generator argument, as JSTL's {@code <c:param>} adds one
 * URL parameter.
 */
public final class ParamTag extends SimpleTagSupport {

    private String name;
    private Object value;

    /** Creates the handler; the JSP container does this. */
    public ParamTag() {
        // configured by the setters
    }

    /**
     * Sets the argument's name.
     *
     * @param value a name the generator accepts
     */
    public void setName(String value) {
        this.name = value;
    }

    /**
     * Sets the argument's value.
     *
     * @param value the value; {@code null} leaves the argument out
     */
    public void setValue(Object value) {
        this.value = value;
    }

    /**
     * Adds the argument to the enclosing image tag.
     *
     * @throws JspException when there is no enclosing image tag, or the name is blank or
     *     {@code source}
     */
    @Override
    public void doTag() throws JspException {
        if (!(findAncestorWithClass(this, ImageTagSupport.class) instanceof ImageTagSupport tag)) {
            throw new JspTagException("<ik:param> must be inside <ik:thumbnail> or"
                    + " <ik:generateimage>");
        }
        if (name == null || name.isBlank()) {
            throw new JspTagException("<ik:param> needs a name");
        }
        tag.addParam(name.strip(), value);
    }
}
