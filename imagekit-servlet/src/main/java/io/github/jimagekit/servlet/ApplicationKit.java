package io.github.jimagekit.servlet;

import io.github.jimagekit.ImageKit;
import java.util.Optional;

/**
 * The one way every front-end (the JSP tags, the Thymeleaf dialect, the cache-file servlet)
 * finds a web application's {@link ImageKit}: the application attribute
 * {@link ImageKit#CONTEXT_ATTRIBUTE}, where {@link ImageKitInitializer} keeps it. One lookup,
 * so one message when there is none.
 *
 * <p>It takes the attribute's value, not a {@code ServletContext}, so that a front-end reads
 * it through its own API (Thymeleaf's {@code IApplication}, JSP's application scope) and the
 * class needs no servlet type.
 */
public final class ApplicationKit {

    /** The application attribute that holds the kit. */
    public static final String ATTRIBUTE = ImageKit.CONTEXT_ATTRIBUTE;

    private ApplicationKit() {
    }

    /**
     * Returns the kit an application attribute holds.
     *
     * @param attribute the value of the attribute named {@link #ATTRIBUTE}
     * @return the kit
     * @throws IllegalStateException saying how to set jimagekit up when there is no kit, or
     *     naming the type the attribute holds instead
     */
    public static ImageKit require(Object attribute) {
        return find(attribute).orElseThrow(() -> new IllegalStateException("no ImageKit in the"
                + " ServletContext attribute \"" + ATTRIBUTE + "\": put imagekit-servlet in"
                + " WEB-INF/lib (imagekit-jsp-taglib and imagekit-thymeleaf bring it) so that its"
                + " initializer builds one, or set the attribute before the application"
                + " starts"));
    }

    /**
     * Returns the kit an application attribute holds, if any.
     *
     * @param attribute the value of the attribute named {@link #ATTRIBUTE}, or {@code null}
     * @return the kit, or empty when the attribute is not set
     * @throws IllegalStateException naming the type the attribute holds when it is not an
     *     {@link ImageKit} of this class loader
     */
    public static Optional<ImageKit> find(Object attribute) {
        if (attribute == null || attribute instanceof ImageKit) {
            return Optional.ofNullable((ImageKit) attribute);
        }
        String type = attribute.getClass().getName();
        throw new IllegalStateException("the ServletContext attribute \"" + ATTRIBUTE
                + "\" holds a " + type + (type.equals(ImageKit.class.getName())
                        ? " of another class loader" : "") + ", not this application's ImageKit");
    }
}
