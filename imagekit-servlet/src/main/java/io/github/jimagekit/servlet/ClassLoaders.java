package io.github.jimagekit.servlet;

import jakarta.servlet.ServletContext;

/**
 * Tells a web application's classes from the JVM's and the container's: what the clean-up at
 * undeployment ({@link ImageIoPlugins}, {@link EhcacheThreads}) may release and what it must
 * leave to others.
 */
final class ClassLoaders {

    private ClassLoaders() {
    }

    /**
     * Returns a web application's class loader. A servlet context always has one in a
     * container; an embedded context made without one (Jetty's plain
     * {@code ServletContextHandler}) shares the class loader that loaded jimagekit.
     *
     * @param context the web application
     * @return its class loader, never {@code null}
     */
    static ClassLoader of(ServletContext context) {
        ClassLoader loader = context.getClassLoader();
        return loader != null ? loader : ClassLoaders.class.getClassLoader();
    }

    /**
     * Tells whether a class loader is the JVM's class path loader or one of its parents, as an
     * embedded server's contexts often share: what it loaded lives as long as the JVM.
     *
     * @param candidate a class loader
     * @return whether it is the system class loader or one of its parents
     */
    static boolean isSystem(ClassLoader candidate) {
        for (ClassLoader l = ClassLoader.getSystemClassLoader(); l != null; l = l.getParent()) {
            if (l == candidate) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tells whether a class loader is an application's or one of its children's.
     *
     * @param candidate   the loader that defined a class ({@code null} for the boot loader)
     * @param application the web application's class loader
     * @return whether {@code candidate} is {@code application} or below it
     */
    static boolean isWithin(ClassLoader candidate, ClassLoader application) {
        for (ClassLoader l = candidate; l != null; l = l.getParent()) {
            if (l == application) {
                return true;
            }
        }
        return false;
    }
}
