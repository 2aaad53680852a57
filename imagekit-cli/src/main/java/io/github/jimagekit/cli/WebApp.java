package io.github.jimagekit.cli;

import io.github.jimagekit.servlet.WebAppInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A web application read from a WAR file or an exploded WAR directory, for
 * {@code generateimages --webapp}, as {@link io.github.jimagekit.servlet.WebAppSettings} reads a
 * running one: the {@code <context-param>}s of {@code WEB-INF/web.xml}, the files of the WAR,
 * and a class loader over {@code WEB-INF/classes} and {@code WEB-INF/lib/*.jar}: parent first
 * for classes, so jimagekit's own are shared, but the application's first for a resource, so
 * its {@code imagekit.properties} wins as in a container. A WAR file is unpacked to a
 * temporary directory, deleted on {@link #close()}.
 */
final class WebApp implements WebAppInputs, AutoCloseable {

    private final Path root;
    private final boolean unpacked;
    private final URLClassLoader classLoader;
    private final Map<String, String> initParameters;

    private WebApp(Path root, boolean unpacked, ClassLoader parent) throws IOException {
        this.root = root;
        this.unpacked = unpacked;
        this.initParameters = Collections.unmodifiableMap(contextParameters(root));
        this.classLoader = new WarClassLoader(classPath(root), parent);
    }

    /**
     * Opens a web application.
     *
     * @param path   a {@code .war} file or an exploded WAR directory
     * @param parent the parent class loader (holds jimagekit)
     * @return the application
     * @throws IllegalArgumentException quoting the path when it is neither
     * @throws IOException when it cannot be read or unpacked
     */
    static WebApp open(Path path, ClassLoader parent) throws IOException {
        if (Files.isDirectory(path)) {
            requireWebInf(path, path);
            return new WebApp(path, false, parent);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("webapp \"" + path + "\" does not exist");
        }
        Path dir = Files.createTempDirectory("imagekit-webapp-");
        try {
            unzip(path, dir);
            requireWebInf(dir, path);
            return new WebApp(dir, true, parent);
        } catch (IOException | RuntimeException e) {
            delete(dir);
            throw e;
        }
    }

    @Override
    public Map<String, String> initParameters() {
        return initParameters;
    }

    /**
     * Opens a file of the application.
     *
     * @param path a path starting with {@code /}, such as {@code /WEB-INF/imagekit.properties}
     * @return the file's content, or empty when there is no such file (or the path leaves the
     *     application)
     * @throws IOException when the file exists but cannot be opened
     */
    @Override
    public Optional<InputStream> openResource(String path) throws IOException {
        Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.newInputStream(file));
    }

    /**
     * Returns the application's class loader.
     *
     * @return a loader over its classes and libraries
     */
    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public void close() throws IOException {
        classLoader.close();
        if (unpacked) {
            delete(root);
        }
    }

    /** The {@code <context-param>}s of {@code WEB-INF/web.xml}, in document order. */
    private static Map<String, String> contextParameters(Path root) throws IOException {
        Path webXml = root.resolve("WEB-INF/web.xml");
        Map<String, String> params = new LinkedHashMap<>();
        if (!Files.isRegularFile(webXml)) {
            return params;
        }
        try (InputStream in = Files.newInputStream(webXml)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            NodeList list = f.newDocumentBuilder().parse(in)
                    .getElementsByTagName("context-param");
            for (int i = 0; i < list.getLength(); i++) {
                Element e = (Element) list.item(i);
                params.put(text(e, "param-name"), text(e, "param-value"));
            }
        } catch (org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("WEB-INF/web.xml cannot be parsed: " + e.getMessage(), e);
        }
        return params;
    }

    private static String text(Element parent, String tag) {
        NodeList n = parent.getElementsByTagName(tag);
        return n.getLength() == 0 ? "" : n.item(0).getTextContent().strip();
    }

    private static URL[] classPath(Path root) throws IOException {
        List<URL> urls = new ArrayList<>();
        Path classes = root.resolve("WEB-INF/classes");
        if (Files.isDirectory(classes)) {
            urls.add(url(classes));
        }
        Path lib = root.resolve("WEB-INF/lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted()
                        .forEach(p -> urls.add(url(p)));
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path p) {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireWebInf(Path dir, Path given) {
        if (!Files.isDirectory(dir.resolve("WEB-INF"))) {
            throw new IllegalArgumentException("webapp \"" + given + "\" has no WEB-INF"
                    + " directory: give a .war file or an exploded WAR directory");
        }
    }

    /** Unpacks a WAR, refusing entries that would land outside the directory. */
    private static void unzip(Path war, Path dir) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                Path target = dir.resolve(e.getName()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IOException("WAR entry \"" + e.getName() + "\" escapes the"
                            + " directory");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Classes from the parent first; a resource from the application first, as a container. */
    private static final class WarClassLoader extends URLClassLoader {

        static {
            registerAsParallelCapable();
        }

        WarClassLoader(URL[] urls, ClassLoader parent) {
            super("webapp", urls, parent);
        }

        @Override
        public URL getResource(String name) {
            URL own = findResource(name);
            return own != null ? own : super.getResource(name);
        }
    }
}
