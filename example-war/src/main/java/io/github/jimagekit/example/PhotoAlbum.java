package io.github.jimagekit.example;

import io.github.jimagekit.ImageKit;
import io.github.jimagekit.error.ImageKitException;
import io.github.jimagekit.cachefile.ImageCacheFile;
import io.github.jimagekit.source.Source;
import io.github.jimagekit.storage.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The gallery's photos: the files of the photos folder that {@link GalleryImages#PHOTOS}
 * holds, listed through the kit's source storage (so the status page counts the listing), plus
 * adding and removing photos the way an application tells jimagekit about them:
 * {@link ImageKit#sourceSaved} after an upload, {@link ImageKit#sourceDeleted} after a
 * deletion.
 *
 * <p>The listing is kept for {@link #LISTING_TTL}, so a page view costs no storage call; the
 * gallery's own changes show at once, files copied into the folder by hand within that time.
 */
public final class PhotoAlbum {

    /** The {@code ServletContext} attribute that holds the running gallery's album. */
    public static final String ATTRIBUTE = PhotoAlbum.class.getName();

    /** How long a listing of the folder is used before the folder is listed again. */
    public static final Duration LISTING_TTL = Duration.ofSeconds(5);

    /** The file types an upload may have: those the imaging engine reads. */
    static final List<String> UPLOAD_TYPES = List.of("jpg", "jpeg", "png", "gif", "bmp", "tif",
            "tiff");

    /** The longest file name an upload keeps, before its extension. */
    static final int MAX_BASE_NAME = 80;

    /**
     * A photo added.
     *
     * @param name      its name in the photos folder
     * @param generated how many images were generated for it before the upload returned
     * @param millis    how long saving and generating took
     */
    public record Upload(String name, int generated, long millis) {
    }

    /**
     * A photo removed.
     *
     * @param name         its former name in the photos folder
     * @param deletedFiles the generated images deleted with it
     */
    public record Removal(String name, List<String> deletedFiles) {
    }

    private record Listing(List<Photo> photos, Instant at) {
    }

    private final ImageKit kit;
    private final Clock clock;
    private final Object changes = new Object();
    private volatile Listing listing;

    /**
     * Makes the album of a kit's source storage.
     *
     * @param kit   the application's kit
     * @param clock the clock that ages the listing
     */
    public PhotoAlbum(ImageKit kit, Clock clock) {
        this.kit = Objects.requireNonNull(kit, "kit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Lists the photos.
     *
     * @return the photos, sorted by name
     * @throws java.io.UncheckedIOException when the folder cannot be listed
     */
    public List<Photo> photos() {
        Listing l = listing;
        Instant now = clock.instant();
        if (l == null || now.isBefore(l.at()) || now.isAfter(l.at().plus(LISTING_TTL))) {
            try (Stream<Source> files = GalleryImages.PHOTOS.files(kit.sourceStorage())) {
                l = new Listing(files.map(Source::name).sorted().map(Photo::new).toList(), now);
            }
            listing = l;
        }
        return l.photos();
    }

    /**
     * Finds a photo.
     *
     * @param name its name in the photos folder
     * @return the photo, or empty when the album has none of that name
     */
    public Optional<Photo> find(String name) {
        return name == null ? Optional.empty()
                : photos().stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    /**
     * Adds an uploaded photo: saves it (atomically) under a clean, unused name, reports it to
     * the kit ({@code sourceSaved}) and generates every image registered for it, so the pages
     * have them at once. A file that cannot be made into images is removed again.
     *
     * @param fileName the name the browser sent, such as {@code "IMG 0042.JPG"}
     * @param content  the file
     * @return the photo's name and what was generated
     * @throws IllegalArgumentException quoting the name when it is not a photo's name
     * @throws ImageKitException naming the photo when its images cannot be made (a corrupt or
     *     unsupported file); the file was removed
     * @throws IOException when the folder cannot be written
     */
    public Upload add(String fileName, InputStream content) throws IOException {
        long start = System.nanoTime();
        String name = cleanName(fileName);
        Storage photos = kit.sourceStorage();
        synchronized (changes) {
            name = unusedName(photos, name);
            photos.save(name, content);
            listing = null;
        }
        try {
            List<ImageCacheFile> files = kit.sourceSaved(name);
            for (ImageCacheFile f : files) {
                f.generate();
            }
            return new Upload(name, files.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (ImageKitException e) {
            discard(name);
            throw e;
        }
    }

    /**
     * Removes a photo: deletes the file, then reports it to the kit ({@code sourceDeleted}),
     * which deletes its generated images.
     *
     * @param name the photo's name
     * @return the generated images deleted with it
     * @throws IllegalArgumentException quoting the name when the album has no such photo
     * @throws IOException when the file cannot be deleted
     */
    public Removal remove(String name) throws IOException {
        if (find(name).isEmpty()) {
            throw new IllegalArgumentException("there is no photo \"" + name + "\"");
        }
        return new Removal(name, discard(name));
    }

    private List<String> discard(String name) throws IOException {
        synchronized (changes) {
            kit.sourceStorage().delete(name);
            listing = null;
        }
        return kit.sourceDeleted(name);
    }

    /**
     * Makes a safe storage name of a browser's file name: the last path segment, accents
     * removed, lower case, runs of other characters turned into one {@code -}.
     *
     * @param fileName the submitted file name
     * @return the clean name
     * @throws IllegalArgumentException quoting the name when nothing usable is left or the
     *     extension is not a photo's
     */
    static String cleanName(String fileName) {
        String given = fileName == null ? "" : fileName;
        String base = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\'))
                + 1);
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        int dot = ascii.lastIndexOf('.');
        String stem = dot < 0 ? ascii : ascii.substring(0, dot);
        String ext = dot < 0 ? "" : ascii.substring(dot + 1).replaceAll("[^a-z0-9]", "");
        stem = stem.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (stem.length() > MAX_BASE_NAME) {
            stem = stem.substring(0, MAX_BASE_NAME);
        }
        String name = (stem.isEmpty() ? "photo" : stem) + "." + ext;
        if (!UPLOAD_TYPES.contains(ext)) {
            throw new IllegalArgumentException("\"" + given + "\" is not a photo's file name"
                    + " (the gallery takes " + String.join(", ", UPLOAD_TYPES) + " files)");
        }
        return name;
    }

    private static String unusedName(Storage photos, String name) throws IOException {
        if (!photos.exists(name)) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        for (int n = 2; ; n++) {
            String candidate = name.substring(0, dot) + "-" + n + name.substring(dot);
            if (!photos.exists(candidate)) {
                return candidate;
            }
        }
    }
}
