package io.github.jimagekit.jsp;

import io.github.jimagekit.template.ImageTag;

/**
 * {@code <ik:generateimage spec="myapp:profile:avatar" source="${user.avatar}"/>}:
 * django-imagekit's {@code {% generateimage 'myapp:profile:avatar' source=user.avatar %}}.
 * It renders a registered generator with the source and any {@code <ik:param>} arguments.
 */
public final class GenerateImageTag extends ImageTagSupport {

    /** Creates the handler; the JSP container does this. */
    public GenerateImageTag() {
        // configured by the setters
    }

    @Override
    protected void describe(ImageTag.Builder tag) {
        // the spec and the source are all a generateimage request has
    }
}
