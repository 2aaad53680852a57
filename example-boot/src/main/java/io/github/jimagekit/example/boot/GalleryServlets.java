package io.github.jimagekit.example.boot;

import io.github.jimagekit.example.web.DeleteServlet;
import io.github.jimagekit.example.web.JspGalleryServlet;
import io.github.jimagekit.example.web.PhotoPageServlet;
import io.github.jimagekit.example.web.StatusServlet;
import io.github.jimagekit.example.web.UploadServlet;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The WAR's own servlets, mapped where its {@code web.xml} maps them: the JSP gallery at the
 * root, the photo page, the status page, uploads and deletions. Their JSP views are the WAR's
 * ({@code META-INF/resources/WEB-INF/views/} on the class path, rendered by Jasper); the
 * {@code ik:} tags in them find the starter's kit in the {@code ServletContext}.
 */
@Configuration(proxyBeanMethods = false)
public class GalleryServlets {

    /** The upload limits of the WAR's {@code web.xml}: 20 MB a file. */
    static final MultipartConfigElement UPLOADS =
            new MultipartConfigElement("", 20_971_520, 21_000_000, 1_048_576);

    /** Creates the configuration; Spring does this. */
    public GalleryServlets() {
        // a configuration class
    }

    /**
     * The JSP gallery, at the application's root.
     *
     * @return the registration
     */
    @Bean
    public ServletRegistrationBean<JspGalleryServlet> jspGallery() {
        return new ServletRegistrationBean<>(new JspGalleryServlet(), "");
    }

    /**
     * One photo's page.
     *
     * @return the registration
     */
    @Bean
    public ServletRegistrationBean<PhotoPageServlet> photoPage() {
        return new ServletRegistrationBean<>(new PhotoPageServlet(), "/photo");
    }

    /**
     * The status page: what jimagekit counted.
     *
     * @return the registration
     */
    @Bean
    public ServletRegistrationBean<StatusServlet> statusPage() {
        return new ServletRegistrationBean<>(new StatusServlet(), "/status");
    }

    /**
     * Uploads, with the WAR's limits.
     *
     * @return the registration
     */
    @Bean
    public ServletRegistrationBean<UploadServlet> upload() {
        ServletRegistrationBean<UploadServlet> r = new ServletRegistrationBean<>(
                new UploadServlet(), "/upload");
        r.setMultipartConfig(UPLOADS);
        return r;
    }

    /**
     * Deletions.
     *
     * @return the registration
     */
    @Bean
    public ServletRegistrationBean<DeleteServlet> delete() {
        return new ServletRegistrationBean<>(new DeleteServlet(), "/delete");
    }
}
