/**
 * What an application registers: {@link io.github.jimagekit.registry.Registry} and its
 * {@link io.github.jimagekit.registry.GeneratorRegistry} of generator ids.
 */
package io.github.jimagekit.registry;
