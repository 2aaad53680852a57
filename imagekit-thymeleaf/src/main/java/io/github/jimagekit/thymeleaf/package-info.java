/**
 * The {@code ik:} Thymeleaf 3.1 dialect: {@link io.github.jimagekit.thymeleaf.ImageKitDialect}
 * registers the {@code ik:src} attribute (with {@code ik:geometry}, {@code ik:spec},
 * {@code ik:anchor}, {@code ik:crop}, {@code ik:upscale}, {@code ik:args} and
 * {@code ik:arg-NAME}) and the {@code #imagekit} expression object
 * ({@link io.github.jimagekit.thymeleaf.ImageKitExpressions}). Rendering goes through core's
 * {@link io.github.jimagekit.template.ImageTagRenderer}, the code path the JSP tags use too.
 */
package io.github.jimagekit.thymeleaf;
