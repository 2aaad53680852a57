package io.github.jimagekit.example.web;

import io.github.jimagekit.thymeleaf.ImageKitDialect;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The same gallery rendered by Thymeleaf ({@code /WEB-INF/templates/gallery.html}), with the
 * {@code ik} dialect: the banner and the grid through {@code ik:src}, the contact strip through
 * {@code #imagekit}. The dialect finds the kit in the {@code ServletContext}, where jimagekit's
 * initializer put it.
 */
public final class ThymeleafGalleryServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    private transient JakartaServletWebApplication application;
    private transient TemplateEngine engine;

    /** Creates the servlet; the container does this. */
    public ThymeleafGalleryServlet() {
        // declared in web.xml
    }

    @Override
    public void init() throws ServletException {
        super.init();
        application = JakartaServletWebApplication.buildApplication(getServletContext());
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new ImageKitDialect());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        GalleryModel.expose(req, album(), kit());
        resp.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(application.buildExchange(req, resp),
                req.getLocale());
        engine.process("gallery", context, resp.getWriter());
    }
}
