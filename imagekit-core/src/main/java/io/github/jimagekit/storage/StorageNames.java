package io.github.jimagekit.storage;

import io.github.jimagekit.error.UnsafeNameException;

/**
 * The one check every storage name goes through before it reaches a storage.
 *
 * <p>A storage name is relative, uses {@code /} between segments and has exactly one spelling
 * per file, so that two names can never reach one file (which would split the state cache) and
 * no name can reach outside the storage root.
 */
public final class StorageNames {

    /** The longest name accepted, in characters. */
    public static final int MAX_LENGTH = 1024;

    private StorageNames() {
    }

    /**
     * Checks that a name is safe and canonical.
     *
     * @param name the name to check
     * @return the same name
     * @throws UnsafeNameException when the name is empty, too long, absolute, contains a
     *     backslash, a NUL or control character, an empty, {@code .} or {@code ..} segment, or
     *     starts with a Windows drive letter
     */
    public static String check(String name) {
        if (name == null || name.isEmpty()) {
            throw new UnsafeNameException("storage name must not be empty");
        }
        if (name.length() > MAX_LENGTH) {
            throw new UnsafeNameException("storage name is longer than " + MAX_LENGTH
                    + " characters: \"" + quote(name.substring(0, 40)) + "…\"");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new UnsafeNameException("storage name contains a control character: \""
                        + quote(name) + "\"");
            }
            if (c == '\\') {
                throw new UnsafeNameException("storage name contains a backslash: \""
                        + quote(name) + "\"");
            }
        }
        if (name.startsWith("/")) {
            throw new UnsafeNameException("storage name must be relative: \"" + quote(name) + "\"");
        }
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            throw new UnsafeNameException("storage name starts with a drive letter: \""
                    + quote(name) + "\"");
        }
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            int len = end - start;
            if (len == 0 || (name.charAt(start) == '.'
                    && (len == 1 || (len == 2 && name.charAt(start + 1) == '.')))) {
                throw new UnsafeNameException("storage name has an empty, \".\" or \"..\""
                        + " segment: \"" + quote(name) + "\"");
            }
            start = end + 1;
        }
        return name;
    }

    /**
     * Checks a directory name: like {@link #check(String)}, but the empty string (the root) is
     * allowed and one trailing {@code /} is dropped.
     *
     * @param directory the directory name to check
     * @return the directory name without a trailing slash
     * @throws UnsafeNameException when the name is unsafe
     */
    public static String checkDirectory(String directory) {
        if (directory == null) {
            throw new UnsafeNameException("directory name must not be null");
        }
        String d = directory.endsWith("/") ? directory.substring(0, directory.length() - 1)
                : directory;
        return d.isEmpty() ? d : check(d);
    }

    /** Makes control characters visible in messages, so a log line cannot be forged. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
