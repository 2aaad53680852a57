/**
 * Where a spec's input comes from: {@link io.github.jimagekit.source.Source} (a storage name
 * plus a version token) and {@link io.github.jimagekit.source.Sources}, which turns template
 * values into sources.
 */
package io.github.jimagekit.source;
