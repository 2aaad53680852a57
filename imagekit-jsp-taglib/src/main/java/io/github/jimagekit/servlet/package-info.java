/**
 * The web application side of jimagekit: {@link io.github.jimagekit.servlet.ImageKitInitializer}
 * builds one {@link io.github.jimagekit.ImageKit} per web application (and closes it on
 * undeploy), and {@link io.github.jimagekit.servlet.CacheFileServlet} serves the generated
 * files.
 */
package io.github.jimagekit.servlet;
