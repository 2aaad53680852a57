package io.github.jimagekit.cachefile;

import io.github.jimagekit.source.Source;
import io.github.jimagekit.spec.ImageGenerator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The layouts that name a cache file after its source: the source's name without extension,
 * a separator, the first digits of the generator's hash, the output format's extension.
 *
 * @param prefix    the cache directory with a trailing {@code /}, or {@code ""}
 * @param separator {@code "/"} (a directory per source) or {@code "."}
 * @param keep      how many hash digits the name keeps; 0 for the whole hash (of
 *     {@value ImageGenerator#HASH_LENGTH} digits)
 */
record SourceNamedLayout(String prefix, String separator, int keep) implements CacheFileNamer {

    @Override
    public String name(ImageGenerator g) {
        return g.source().map(s -> stem(s) + (keep == 0 ? g.hash() : g.hash().substring(0, keep))
                + g.format().suggestExtension(s.name()))
                .orElseGet(() -> prefix + g.hash() + g.format().extension());
    }

    @Override
    public Optional<Listing> filesOf(Source source) {
        String stem = stem(source);
        String directory = stem.substring(0, Math.max(0, stem.lastIndexOf('/')));
        int digits = keep == 0 ? ImageGenerator.HASH_LENGTH : keep;
        return Optional.of(new Listing(directory, Pattern.compile(Pattern.quote(stem)
                + "[0-9a-f]{" + digits + "}\\.[^./]+")));
    }

    /** What every file of a source starts with: directory, stripped name, separator. */
    private String stem(Source source) {
        String name = source.name();
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return prefix + (dot > slash + 1 ? name.substring(0, dot) : name) + separator;
    }
}
