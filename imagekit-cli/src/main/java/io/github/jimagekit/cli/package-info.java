/**
 * The {@code generateimages} command line, on picocli:
 * {@link io.github.jimagekit.cli.GenerateImages} is its entry point. It loads an application
 * from the class path or from a WAR and runs core's
 * {@link io.github.jimagekit.batch.BatchGenerator} over it.
 */
package io.github.jimagekit.cli;
