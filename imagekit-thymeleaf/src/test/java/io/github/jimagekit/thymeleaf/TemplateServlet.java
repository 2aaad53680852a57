package io.github.jimagekit.thymeleaf;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * A servlet application as Thymeleaf 3.1 documents it: templates under
 * {@code /WEB-INF/templates/}, cached, a {@link WebContext} per request, and the no-argument
 * {@link ImageKitDialect}, which finds the kit in the {@code ServletContext}.
 */
final class TemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, Object> model;
    private transient JakartaServletWebApplication application;
    private transient TemplateEngine engine;

    TemplateServlet(Map<String, Object> model) {
        this.model = model;
    }

    @Override
    public void init() {
        application = JakartaServletWebApplication.buildApplication(getServletContext());
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new ImageKitDialect());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        WebContext context = new WebContext(application.buildExchange(req, resp),
                req.getLocale(), model);
        engine.process(req.getPathInfo().substring(1), context, resp.getWriter());
    }
}
