/**
 * What the JSP tags and the Thymeleaf dialect share: {@link io.github.jimagekit.template.ImageTag}
 * (what a template asked for), {@link io.github.jimagekit.template.ImageTagRenderer} (how it
 * becomes an {@code <img>}, including the on-error policy, with every attribute escaped).
 */
package io.github.jimagekit.template;
