package io.github.jimagekit.servlet;

/**
 * Tells a web application's classes from the JVM's and the container's: what the clean-up at
 * undeployment ({@link ImageIoPlugins}, {@link EhcacheThreads}) may release and what it must
 * leave to others.
 */
final class ClassLoaders {

    private ClassLoaders() {
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
