package io.github.jimagekit.example.web;

import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.example.PhotoAlbum;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;

/**
 * Takes an uploaded photo ({@code POST /upload}, multipart, field {@code photo}): the album saves
 * it, tells the kit, and generates its images before this servlet redirects back, so the page
 * that follows shows them at once. A file that is no usable photo is refused with a notice.
 */
public final class UploadServlet extends AlbumServlet {

    private static final long serialVersionUID = 1L;

    /** Creates the servlet; the container does this. */
    public UploadServlet() {
        // declared in web.xml, with its multipart-config
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp)
            throws ServletException, IOException {
        Part part;
        try {
            part = req.getPart("photo");
        } catch (IllegalStateException | ServletException e) {
            // the container refuses parts over the multipart-config limits
            redirectBack(req, resp, "error", "Not added: the file is larger than 20 MB.");
            return;
        }
        if (part == null || part.getSize() == 0) {
            redirectBack(req, resp, "error", "Choose a photo to upload first.");
            return;
        }
        try (InputStream in = part.getInputStream()) {
            PhotoAlbum.Upload u = album().add(part.getSubmittedFileName(), in);
            redirectBack(req, resp, "uploaded", u.name(), "images",
                    Integer.toString(u.generated()), "ms", Long.toString(u.millis()));
        } catch (IllegalArgumentException | ImageKitException e) {
            log("upload refused: " + e.getMessage());
            redirectBack(req, resp, "error", "Not added: " + e.getMessage());
        } finally {
            part.delete();
        }
    }
}
