package io.github.jimagekit.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines one side of the comparison printed: ours as {@code kind key=value ...}, the
 * peer's in its own formats, read with patterns.
 */
final class ResultLog {

    private static final Pattern PAIR = Pattern.compile("([\\w/.-]+)=(\\S+)");

    private final Path file;
    private final List<String> lines;

    private ResultLog(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    /**
     * Reads a result file; a missing file reads as empty (its figures then show as missing).
     *
     * @param file the file
     * @return its lines
     * @throws IOException when it exists but cannot be read
     */
    static ResultLog read(Path file) throws IOException {
        return new ResultLog(file, Files.exists(file) ? Files.readAllLines(file) : List.of());
    }

    /**
     * Finds the first {@code kind key=value ...} line whose pairs include all the given ones.
     *
     * @param kind  the first word
     * @param match {@code "key=value"} pairs the line must have
     * @return the line's pairs
     */
    Optional<Map<String, String>> find(String kind, String... match) {
        List<String> wanted = Arrays.asList(match);
        for (String line : lines) {
            if (line.startsWith(kind + " ")) {
                Map<String, String> pairs = pairs(line);
                if (wanted.stream().allMatch(w -> w.equals(w.split("=", 2)[0] + "="
                        + pairs.get(w.split("=", 2)[0])))) {
                    return Optional.of(pairs);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Returns every {@code kind key=value ...} line's pairs.
     *
     * @param kind the first word
     * @return the lines' pairs, in order
     */
    List<Map<String, String>> all(String kind) {
        List<Map<String, String>> all = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(kind + " ")) {
                all.add(pairs(line));
            }
        }
        return all;
    }

    /**
     * Returns the first group of every line that a pattern finds something in.
     *
     * @param regex the pattern, with one group
     * @return the groups, in order
     */
    List<String> grep(String regex) {
        Pattern p = Pattern.compile(regex);
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    /**
     * Returns the first group of the first line that a pattern finds something in.
     *
     * @param regex the pattern, with one group
     * @return the group
     */
    Optional<String> first(String regex) {
        return grep(regex).stream().findFirst();
    }

    /**
     * Sums the {@code key=number} pairs after a marker on the first line matching a pattern
     * (the peer's operation counts: {@code per tag: exists:cache=1.00, open:src=1.00}).
     *
     * @param regex  the line's pattern
     * @param marker what precedes the pairs
     * @return the sum, if such a line exists
     */
    Optional<Double> sumAfter(String regex, String marker) {
        Pattern p = Pattern.compile(regex);
        for (String line : lines) {
            if (p.matcher(line).find() && line.contains(marker)) {
                String tail = line.substring(line.indexOf(marker) + marker.length());
                double sum = 0;
                Matcher m = PAIR.matcher(tail);
                while (m.find()) {
                    sum += Double.parseDouble(m.group(2).replaceAll("[^\\d.]", ""));
                }
                return Optional.of(sum);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return file.toString();
    }

    private static Map<String, String> pairs(String line) {
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher m = PAIR.matcher(line);
        while (m.find()) {
            pairs.put(m.group(1), m.group(2));
        }
        return pairs;
    }
}
