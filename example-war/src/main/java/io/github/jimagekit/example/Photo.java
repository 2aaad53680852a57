package io.github.jimagekit.example;

import java.util.Locale;
import java.util.Objects;

/**
 * One photo of the gallery: a file of the photos folder. A bean (getters) so that JSP EL and
 * Thymeleaf read it alike; the storage name is what templates pass to jimagekit as the source.
 */
public final class Photo {

    private final String name;
    private final String title;

    /**
     * Makes a photo from its storage name.
     *
     * @param name the name in the photos folder, such as {@code "alpine-lake.jpg"} or
     *     {@code "2024/dog.jpg"}
     */
    public Photo(String name) {
        this.name = Objects.requireNonNull(name, "name");
        this.title = title(name);
    }

    /**
     * Returns the storage name.
     *
     * @return the name in the photos folder: the source the templates pass
     */
    public String getName() {
        return name;
    }

    /**
     * Returns a title made from the file name.
     *
     * @return {@code "Alpine lake"} for {@code alpine-lake.jpg}
     */
    public String getTitle() {
        return title;
    }

    /**
     * Returns the file type.
     *
     * @return the extension in capitals, such as {@code "JPG"}; empty without one
     */
    public String getType() {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? ""
                : name.substring(dot + 1).toUpperCase(Locale.ROOT);
    }

    private static String title(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String words = base.replaceAll("[-_\\s]+", " ").strip();
        if (words.isEmpty()) {
            return base;
        }
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && p.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "Photo[" + name + "]";
    }
}
