/**
 * The web application side of jimagekit, shared by every template front-end:
 * {@link io.github.jimagekit.servlet.ImageKitInitializer} builds one
 * {@link io.github.jimagekit.ImageKit} per web application from the settings
 * {@link io.github.jimagekit.servlet.WebAppSettings} reads (and closes it on undeploy),
 * {@link io.github.jimagekit.servlet.CacheFileServlet} serves the generated files, and
 * {@link io.github.jimagekit.servlet.ApplicationKit} is how a front-end finds the kit.
 */
package io.github.jimagekit.servlet;
