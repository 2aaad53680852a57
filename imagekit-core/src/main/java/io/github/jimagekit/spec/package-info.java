/**
 * Image generators and specs: {@link io.github.jimagekit.spec.ImageGenerator}, its usual kind
 * {@link io.github.jimagekit.spec.ImageSpec}, and {@link io.github.jimagekit.spec.SpecDefinition},
 * the recipe a spec is declared with once and bound to many sources; and
 * {@link io.github.jimagekit.spec.SourceGroup}, the sources a generator applies to.
 */
package io.github.jimagekit.spec;
