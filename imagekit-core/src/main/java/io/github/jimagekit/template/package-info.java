/**
 * What the JSP tags and the Thymeleaf dialect share: {@link io.github.jimagekit.template.ImageTag}
 * (what a template asked for), {@link io.github.jimagekit.template.ImageTagRenderer} (how it
 * becomes an {@code <img>}, including the on-error policy, with every attribute escaped),
 * {@link io.github.jimagekit.template.ImageTagException} (what a template shows when it cannot)
 * and {@link io.github.jimagekit.template.FallbackImage} (what the JSP {@code var} form holds
 * instead of the cache file under {@code on-error=fallback}).
 */
package io.github.jimagekit.template;
