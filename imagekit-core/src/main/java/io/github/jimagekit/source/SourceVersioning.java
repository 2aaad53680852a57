package io.github.jimagekit.source;

import io.github.jimagekit.error.MissingSourceException;
import io.github.jimagekit.storage.FileInfo;
import io.github.jimagekit.storage.Storage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How a source's version token is computed (setting {@code imagekit.source.versioning}).
 */
public enum SourceVersioning {

    /** Size and modification time: one metadata lookup, no read. The default. */
    METADATA {
        @Override
        String versionOf(Storage storage, String name) throws IOException {
            Optional<FileInfo> info = storage.stat(name);
            if (info.isEmpty()) {
                throw missing(name);
            }
            return Long.toString(info.get().size(), 36) + "-"
                    + Long.toString(info.get().lastModified().toEpochMilli(), 36);
        }
    },

    /** A SHA-256 of the content: survives copies that reset modification times; reads the file. */
    CONTENT {
        @Override
        String versionOf(Storage storage, String name) throws IOException {
            byte[] bytes;
            try {
                bytes = storage.read(name);
            } catch (java.nio.file.NoSuchFileException e) {
                throw missing(name);
            }
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
                return HexFormat.of().formatHex(digest, 0, 8);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        }
    },

    /**
     * No version: cache file names depend on the source name only, as in django-imagekit.
     * A replaced source keeps its old cache files until they are deleted.
     */
    NONE {
        @Override
        String versionOf(Storage storage, String name) {
            return "";
        }
    };

    /**
     * Computes a source's version token.
     *
     * @param storage the storage holding the source
     * @param name    the source's name
     * @return the token
     * @throws MissingSourceException when the source does not exist
     * @throws IOException when the storage cannot be read
     */
    abstract String versionOf(Storage storage, String name) throws IOException;

    /**
     * Parses a setting value.
     *
     * @param value {@code metadata}, {@code content} or {@code none}, in any case
     * @return the versioning
     * @throws IllegalArgumentException naming the value when it is none of those
     */
    public static SourceVersioning parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + value
                    + "\" is not a source versioning (metadata, content, none)", e);
        }
    }

    private static MissingSourceException missing(String name) {
        return new MissingSourceException("source \"" + name + "\" does not exist");
    }
}
