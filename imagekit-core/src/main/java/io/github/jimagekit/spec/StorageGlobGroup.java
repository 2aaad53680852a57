package io.github.jimagekit.spec;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The files of the source storage whose names match a glob pattern: {@link SourceGroup#glob}. */
final class StorageGlobGroup implements SourceGroup {

    private final String pattern;
    private final Pattern regex;
    private final String directory;

    StorageGlobGroup(String pattern) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        List<String> segments = segments(pattern);
        this.regex = Pattern.compile(translate(segments));
        this.directory = literalDirectory(segments);
    }

    @Override
    public Stream<Source> files(Storage sourceStorage) {
        Objects.requireNonNull(sourceStorage, "sourceStorage");
        try {
            return sourceStorage.list(directory)
                    .filter(name -> regex.matcher(name).matches())
                    .map(name -> Source.of(sourceStorage, name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list \"" + directory + "\" for source group \""
                    + pattern + "\"", e);
        }
    }

    @Override
    public boolean contains(Source source) {
        return regex.matcher(source.name()).matches();
    }

    /** The directory listing starts at, for tests. */
    String directory() {
        return directory;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorageGlobGroup other && pattern.equals(other.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return "SourceGroup.glob(" + pattern + ")";
    }

    private static List<String> segments(String pattern) {
        if (pattern.isBlank() || pattern.startsWith("/") || pattern.contains("\\")) {
            throw bad(pattern, "must be a relative name pattern such as photos/**/*.jpg");
        }
        List<String> out = List.of(pattern.split("/", -1));
        for (String s : out) {
            if (s.isEmpty() || s.equals(".") || s.equals("..")) {
                throw bad(pattern, "has an empty, \".\" or \"..\" segment");
            }
        }
        return out;
    }

    private static String translate(List<String> segments) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            String s = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (s.equals("**")) {
                b.append(last ? ".+" : "(?:[^/]+/)*");
            } else {
                b.append(segment(s, String.join("/", segments)));
                if (!last) {
                    b.append('/');
                }
            }
        }
        return b.toString();
    }

    /** Translates one segment: {@code *}, {@code ?} and {@code {a,b}}; the rest is literal. */
    private static String segment(String s, String pattern) {
        StringBuilder b = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String special = switch (c) {
                case '*' -> "[^/]*";
                case '?' -> "[^/]";
                case '{' -> inBraces ? null : "(?:";
                case ',' -> inBraces ? "|" : "";
                case '}' -> inBraces ? ")" : null;
                default -> "";
            };
            if (special == null) {
                throw bad(pattern, "has unbalanced braces");
            }
            if (special.isEmpty()) {
                literal.append(c);
                continue;
            }
            if (literal.length() > 0) {
                b.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            b.append(special);
            inBraces = c == '{' || (inBraces && c != '}');
        }
        if (inBraces) {
            throw bad(pattern, "has unbalanced braces");
        }
        if (literal.length() > 0) {
            b.append(Pattern.quote(literal.toString()));
        }
        return b.toString();
    }

    /** The leading segments without wildcards, but never the last one (a file name). */
    private static String literalDirectory(List<String> segments) {
        List<String> dir = new ArrayList<>();
        for (int i = 0; i < segments.size() - 1; i++) {
            String s = segments.get(i);
            if (s.chars().anyMatch(c -> c == '*' || c == '?' || c == '{')) {
                break;
            }
            dir.add(s);
        }
        return String.join("/", dir);
    }

    private static IllegalArgumentException bad(String pattern, String why) {
        return new IllegalArgumentException("source group pattern \"" + pattern + "\" " + why);
    }
}
