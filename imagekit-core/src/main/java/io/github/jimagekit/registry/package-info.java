/**
 * What an application registers: {@link io.github.jimagekit.registry.Registry}, its
 * {@link io.github.jimagekit.registry.GeneratorRegistry} of generator ids and its
 * {@link io.github.jimagekit.registry.SourceGroupRegistry} of generators registered on source
 * groups.
 */
package io.github.jimagekit.registry;
