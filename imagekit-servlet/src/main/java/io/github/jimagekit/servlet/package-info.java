/**
 * The web application side of jimagekit: {@link io.github.jimagekit.servlet.WebAppSettings}
 * reads a web application's settings in one documented order, for the running application and
 * for {@code generateimages --webapp} alike.
 */
package io.github.jimagekit.servlet;
