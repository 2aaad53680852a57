package io.github.jimagekit.servlet;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.error.UnsafeNameException;
import io.github.jimagekit.codec.ImageFormat;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import io.github.jimagekit.storage.StorageNames;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;

/**
 * Serves cache files from the kit's cache-file storage, mapped at {@code imagekit.servlet.path}
 * ({@code /media/*} by default) by {@link ImageKitInitializer}. Turn it off
 * ({@code imagekit.servlet.enabled=false}) when a CDN or the web server serves the directory.
 *
 * <p>Cache-file names change whenever their content would, so responses are cacheable for a
 * year ({@code Cache-Control: public, max-age=31536000, immutable}), carry an {@code ETag} and
 * {@code Last-Modified}, and conditional requests get {@code 304 Not Modified}. Only files
 * under the cache directory ({@code imagekit.cachefile.dir}) are served: sources and other
 * files in the storage are not. A path with an encoded dot, slash or backslash, or one that is
 * not a safe storage name, is refused with {@code 400} before the storage is asked; hidden names
 * and files outside the cache directory get {@code 404}.
 */
public final class CacheFileServlet extends HttpServlet {

    /** The {@code Cache-Control} of every served file. */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(CacheFileServlet.class.getName());
    private static final String[] ENCODED_SEPARATORS = {"%2e", "%2f", "%5c", "%00", "\\"};

    private transient Storage storage;
    private String directory;

    /** Creates the servlet; it finds the kit in the {@code ServletContext} when initialized. */
    public CacheFileServlet() {
        // configured in init()
    }

    /**
     * Finds the web application's kit.
     *
     * @throws ServletException when the {@code ServletContext} holds no kit
     */
    @Override
    public void init() throws ServletException {
        ImageKit k;
        try {
            k = ApplicationKit.require(getServletContext().getAttribute(ApplicationKit.ATTRIBUTE));
        } catch (IllegalStateException e) {
            throw new ServletException(e.getMessage());
        }
        this.storage = k.storage();
        String dir = k.config().cacheFileDir();
        this.directory = dir.isEmpty() ? "" : dir + "/";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, true);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        serve(req, resp, false);
    }

    private void serve(HttpServletRequest req, HttpServletResponse resp, boolean body)
            throws IOException {
        Optional<String> name;
        try {
            name = storageName(req);
        } catch (UnsafeNameException e) {
            resp.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<FileInfo> info = name.isEmpty() ? Optional.empty() : stat(name.get(), resp);
        if (info.isEmpty()) {
            if (!resp.isCommitted()) {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        FileInfo file = info.get();
        String etag = etag(file);
        resp.setHeader("ETag", etag);
        resp.setDateHeader("Last-Modified", file.lastModified().toEpochMilli());
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        if (Conditional.notModified(req, etag, file.lastModified())) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentType(contentType(name.get()));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLengthLong(file.size());
        if (body) {
            copy(name.get(), resp);
        }
    }

    /**
     * Maps a request to a storage name under the cache directory.
     *
     * @return the name, or empty when it names no cache file
     * @throws UnsafeNameException when the path is not a safe storage name
     */
    private Optional<String> storageName(HttpServletRequest req) {
        String uri = req.getRequestURI().toLowerCase(Locale.ROOT);
        for (String s : ENCODED_SEPARATORS) {
            if (uri.contains(s)) {
                throw new UnsafeNameException("request path has an encoded separator");
            }
        }
        String path = req.getPathInfo();
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        String name = StorageNames.check(path.substring(1));
        if (!name.startsWith(directory) || name.contains("/.") || name.startsWith(".")) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private Optional<FileInfo> stat(String name, HttpServletResponse resp) throws IOException {
        try {
            return storage.stat(name);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read cache file \"" + name + "\": " + e);
            resp.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            return Optional.empty();
        }
    }

    private void copy(String name, HttpServletResponse resp) throws IOException {
        try (InputStream in = storage.open(name)) {
            OutputStream out = resp.getOutputStream();
            in.transferTo(out);
        } catch (NoSuchFileException e) {
            // deleted between stat and open
            resp.reset();
            resp.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private String contentType(String name) {
        return ImageFormat.forFileName(name).map(ImageFormat::mimeType)
                .or(() -> Optional.ofNullable(getServletContext().getMimeType(name)))
                .orElse("application/octet-stream");
    }

    /** A strong validator from the size and the modification time, as web servers make. */
    static String etag(FileInfo file) {
        return "\"" + Long.toHexString(file.lastModified().toEpochMilli()) + "-"
                + Long.toHexString(file.size()) + "\"";
    }
}
