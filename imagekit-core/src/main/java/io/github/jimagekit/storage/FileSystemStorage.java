package io.github.jimagekit.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * A {@link Storage} on the local filesystem: names are paths under a root directory, URLs are
 * a base URL followed by the name.
 *
 * <p>{@link #save} writes a hidden temporary file in the target directory, forces it to disk
 * and renames it over the final name, so readers never see a partial file and a crash leaves at
 * most a hidden temporary file that {@link #list} skips.
 */
public final class FileSystemStorage implements Storage {

    /** Temporary files start with this prefix; {@link #list} never returns them. */
    static final String TEMP_PREFIX = ".ik-tmp-";

    private final Path root;
    private final String baseUrl;

    /**
     * Creates a storage rooted at a directory, created on first save if needed.
     *
     * @param root    the directory that holds the files
     * @param baseUrl the URL prefix under which the root is served, such as {@code "/media/"}
     *     or {@code "https://cdn.example.com/media/"}; a missing trailing slash is added
     */
    public FileSystemStorage(Path root, String baseUrl) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        Objects.requireNonNull(baseUrl, "baseUrl");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /**
     * Returns the root directory.
     *
     * @return the absolute, normalized root
     */
    public Path root() {
        return root;
    }

    /**
     * Returns the base URL.
     *
     * @return the URL prefix, ending with a slash
     */
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public boolean exists(String name) {
        return Files.isRegularFile(resolve(name));
    }

    @Override
    public Optional<FileInfo> stat(String name) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(resolve(name), BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new FileInfo(a.size(), a.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path p = resolve(name);
        if (Files.isDirectory(p)) {
            throw new NoSuchFileException(name);
        }
        try {
            return Files.newInputStream(p);
        } catch (NoSuchFileException e) {
            // the message names the storage name, never the absolute path
            throw new NoSuchFileException(name);
        }
    }

    @Override
    public byte[] read(String name) throws IOException {
        Path p = resolve(name);
        if (Files.isDirectory(p)) {
            throw new NoSuchFileException(name);
        }
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(name);
        }
    }

    @Override
    public void save(String name, InputStream content) throws IOException {
        Objects.requireNonNull(content, "content");
        Path target = resolve(name);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current()
                .nextLong()) + "-" + target.getFileName());
        try {
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.transferTo(out);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public boolean delete(String name) throws IOException {
        Path p = resolve(name);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return Files.deleteIfExists(p);
    }

    @Override
    public Stream<String> list(String directory) throws IOException {
        String dir = StorageNames.checkDirectory(directory);
        Path start = dir.isEmpty() ? root : root.resolve(dir);
        if (!Files.isDirectory(start)) {
            return Stream.empty();
        }
        return Files.walk(start)
                .filter(p -> !p.getFileName().toString().startsWith(TEMP_PREFIX))
                .filter(Files::isRegularFile)
                .map(this::nameOf);
    }

    @Override
    public String url(String name) {
        StorageNames.check(name);
        StringBuilder b = new StringBuilder(baseUrl.length() + name.length() + 8).append(baseUrl);
        int start = 0;
        while (true) {
            int slash = name.indexOf('/', start);
            String segment = slash < 0 ? name.substring(start) : name.substring(start, slash);
            b.append(URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
            if (slash < 0) {
                return b.toString();
            }
            b.append('/');
            start = slash + 1;
        }
    }

    @Override
    public Optional<Path> path(String name) {
        return Optional.of(resolve(name));
    }

    @Override
    public Optional<Path> localRoot() {
        return Optional.of(root);
    }

    @Override
    public String toString() {
        return "FileSystemStorage[" + baseUrl + "]";
    }

    private Path resolve(String name) {
        return root.resolve(StorageNames.check(name));
    }

    private String nameOf(Path p) {
        String relative = root.relativize(p).toString();
        return p.getFileSystem().getSeparator().equals("/") ? relative
                : relative.replace(p.getFileSystem().getSeparator(), "/");
    }

    /** Makes the rename durable; not every platform can open a directory, which is fine. */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UncheckedIOException e) {
            // best effort: the file itself is already durable
        }
    }
}
