/**
 * The {@code ik:} JSP tags (taglib URI {@code https://jimagekit.github.io/tags}):
 * {@link io.github.jimagekit.jsp.ThumbnailTag}, {@link io.github.jimagekit.jsp.GenerateImageTag}
 * and {@link io.github.jimagekit.jsp.ParamTag}. They are thin: each collects an
 * {@link io.github.jimagekit.template.ImageTag} and hands it to the kit's
 * {@link io.github.jimagekit.template.ImageTagRenderer}, which the Thymeleaf dialect uses too.
 */
package io.github.jimagekit.jsp;
