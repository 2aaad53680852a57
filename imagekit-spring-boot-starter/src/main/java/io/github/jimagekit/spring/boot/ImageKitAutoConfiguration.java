package io.github.jimagekit.spring.boot;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.ImageKitBuilder;
import io.github.jimagekit.ImageKitCustomizer;
import io.github.jimagekit.servlet.CacheFileServlet;
import io.github.jimagekit.servlet.ImageKitInitializer;
import io.github.jimagekit.servlet.ServletKeys;
import io.github.jimagekit.thymeleaf.ImageKitDialect;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.thymeleaf.dialect.IDialect;

/**
 * Auto-configuration of jimagekit in a Spring Boot application: an {@link ImageKit} bean built
 * from the {@code imagekit.*} properties (unless the application defines its own), the
 * {@link CacheFileServlet} at {@code imagekit.servlet.path} with the kit in the
 * {@code ServletContext}, and the Thymeleaf {@link ImageKitDialect} when Thymeleaf is present.
 *
 * <p>The nested configurations need no condition on the kit: there is always one, this
 * class's or the application's.
 *
 * <p>{@link ImageKitCustomizer} beans are applied to the builder, together with those the
 * builder finds with {@code ServiceLoader}; the builder runs them all in ascending
 * {@link ImageKitCustomizer#order()}. The kit starts {@code imagekit.pregenerate} itself when
 * built, and is closed with the application context.
 */
@AutoConfiguration
@ConditionalOnClass(ImageKit.class)
public class ImageKitAutoConfiguration {

    /** Creates the configuration; Spring Boot does this. */
    public ImageKitAutoConfiguration() {
        // a configuration class
    }

    /**
     * The kit, from the {@code imagekit.*} properties and the customizer beans.
     *
     * @param environment    the application's properties
     * @param resourceLoader the application's class loader, for plug-ins and module keys
     * @param customizers    the {@link ImageKitCustomizer} beans
     * @return the kit, closed with the context
     * @throws io.github.jimagekit.config.InvalidConfigurationException naming the key when a
     *     property is unknown or bad
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public ImageKit imageKit(Environment environment, ResourceLoader resourceLoader,
            ObjectProvider<ImageKitCustomizer> customizers) {
        ClassLoader loader = resourceLoader.getClassLoader();
        ImageKitBuilder builder = ImageKit.builder().classLoader(loader)
                .config(EnvironmentSettings.read(environment, loader));
        customizers.orderedStream().forEach(builder::customizer);
        return builder.build();
    }

    /** The servlet side: the kit in the {@code ServletContext} and the cache-file servlet. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass({ServletRegistrationBean.class, CacheFileServlet.class})
    public static class ServletConfiguration {

        /** Creates the configuration; Spring Boot does this. */
        public ServletConfiguration() {
            // a configuration class
        }

        /**
         * Sets the kit as the {@code ServletContext} attribute
         * {@link ImageKit#CONTEXT_ATTRIBUTE}, where the servlet, the JSP tags and the
         * dialect's servlet mode look for it.
         *
         * @param kit the application's kit
         * @return the initializer, run by the embedded container at start-up
         */
        @Bean
        public ServletContextInitializer imageKitServletContextAttribute(ImageKit kit) {
            return context -> context.setAttribute(ImageKit.CONTEXT_ATTRIBUTE, kit);
        }

        /**
         * Registers the cache-file servlet at {@code imagekit.servlet.path}, unless
         * {@code imagekit.servlet.enabled} is {@code false}.
         *
         * @param kit the application's kit, whose settings say where
         * @return the registration
         */
        @Bean
        @ConditionalOnMissingBean(name = "imageKitCacheFileServlet")
        public ServletRegistrationBean<CacheFileServlet> imageKitCacheFileServlet(ImageKit kit) {
            ServletRegistrationBean<CacheFileServlet> r = new ServletRegistrationBean<>(
                    new CacheFileServlet(), kit.config().get(ServletKeys.SERVLET_PATH).strip());
            r.setName(ImageKitInitializer.SERVLET_NAME);
            r.setEnabled(kit.config().get(ServletKeys.SERVLET_ENABLED));
            r.setLoadOnStartup(1);
            return r;
        }
    }

    /** The Thymeleaf side: the {@code ik:} dialect, which Boot adds to its template engine. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({IDialect.class, ImageKitDialect.class})
    public static class ThymeleafConfiguration {

        /** Creates the configuration; Spring Boot does this. */
        public ThymeleafConfiguration() {
            // a configuration class
        }

        /**
         * The dialect, rendering with the application's kit.
         *
         * @param kit the application's kit
         * @return the dialect
         */
        @Bean
        @ConditionalOnMissingBean
        public ImageKitDialect imageKitDialect(ImageKit kit) {
            return new ImageKitDialect(kit);
        }
    }
}
