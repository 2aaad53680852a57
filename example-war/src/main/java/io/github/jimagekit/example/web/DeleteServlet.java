package io.github.jimagekit.example.web;

import io.github.jimagekit.example.PhotoAlbum;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Deletes a photo ({@code POST /delete}, field {@code name}): the file goes, then the kit
 * deletes its generated images; redirects back with a notice saying how many.
 */
public final class DeleteServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does this. */
    public DeleteServlet() {
        // declared in web.xml
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try {
            PhotoAlbum.Removal r = album().remove(req.getParameter("name"));
            redirectBack(req, resp, "deleted", r.name(), "files",
                    Integer.toString(r.deletedFiles().size()));
        } catch (IllegalArgumentException e) {
            redirectBack(req, resp, "error", "Not deleted: " + e.getMessage());
        }
    }
}
