package io.github.jimagekit.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the raw outputs of {@code bench/compare.sh} (ours, the peer's, the timed commands and
 * the machine) into the Markdown table of {@code BENCHMARKS.md}: one row per figure of the
 * benchmark issue, with both sides, the target and whether it is met. A figure whose output is
 * missing shows as "missing" rather than failing the report.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar
 * io.github.jimagekit.bench.compare.ComparisonReport OUT}
 */
public final class ComparisonReport {

    private final ResultLog ours;
    private final ResultLog peer;
    private final ResultLog commands;
    private final ResultLog machine;
    private final StringBuilder out = new StringBuilder();

    private ComparisonReport(Path dir) throws IOException {
        ours = ResultLog.read(dir.resolve("ours.txt"));
        peer = ResultLog.read(dir.resolve("peer.txt"));
        commands = ResultLog.read(dir.resolve("commands.txt"));
        machine = ResultLog.read(dir.resolve("machine.txt"));
    }

    /**
     * Prints the table.
     *
     * @param args the output directory of {@code compare.sh}
     * @throws IOException when a result file cannot be read
     */
    public static void main(String[] args) throws IOException {
        System.out.print(new ComparisonReport(Path.of(args[0])).report());
    }

    private String report() {
        for (String key : List.of("date", "cpu", "java", "python", "corpus", "load-before",
                "load-after", "quick")) {
            machine.first("^" + key + "=(.*)").ifPresent(v -> line("- " + key + ": " + v));
        }
        line("");
        line("| figure | jimagekit | django-imagekit 4.1 (and references) | target | verdict |");
        line("|---|---|---|---|---|");
        warm("jsp", "warm `<ik:thumbnail>` (JSP on Jetty), 100 images");
        warm("thymeleaf", "warm `ik:src` (Thymeleaf), 100 images");
        storage();
        bytes();
        cold();
        decodeModes();
        quality();
        dogpile();
        heap();
        batch();
        return out.toString();
    }

    private void warm(String engine, String figure) {
        Optional<Map<String, String>> w = ours.find("warm", "engine=" + engine);
        Optional<Double> tag = median(peer.grep("many_thumbnail\\s+us/tag median\\s+([\\d.]+)"));
        Optional<Double> plain = median(peer.grep("many_plain\\s+us/tag median\\s+([\\d.]+)"));
        String theirs = tag.isPresent() && plain.isPresent()
                ? String.format("%.0f µs/tag = %.1fx a plain `<img>` (Django templates)",
                        tag.get(), tag.get() / plain.get()) : "missing";
        row(figure + ": cost per tag vs a plain `<img src>` in the same engine",
                w.map(m -> String.format("%.2f µs/tag = **%.2fx** the plain page (%.2fx net of"
                        + " the loop)", num(m, "tag-us"), num(m, "ratio-page"),
                        num(m, "ratio-net"))).orElse("missing"),
                theirs, "≤ 1.5x", w.map(m -> num(m, "ratio-page") <= 1.5));
    }

    private void storage() {
        Optional<Map<String, String>> warm = ours.find("ops", "stage=second-render");
        row("storage operations per warm tag",
                warm.map(m -> fmt(num(m, "cache-per-tag") + num(m, "source-per-tag")))
                        .orElse("missing"),
                peerOps("2nd render").map(ComparisonReport::fmt).orElse("missing"), "0",
                warm.map(m -> num(m, "cache-per-tag") + num(m, "source-per-tag") == 0));
        Optional<Map<String, String>> life = ours.find("ops", "stage=life");
        Optional<Map<String, String>> first = ours.find("ops", "stage=first-render");
        Optional<Map<String, String>> restart = ours.find("ops", "stage=after-restart");
        String theirs = peerOps("1st render").flatMap(a -> peerOps("2nd render")
                .map(b -> String.format("%s (1st render %s + later renders %s; after a"
                        + " restart %s more; the peer's count includes `path` and `url` calls,"
                        + " which jimagekit computes without a storage call)", fmt(a + b), fmt(a),
                        fmt(b),
                        peerOps("render after restart").map(ComparisonReport::fmt).orElse("?"))))
                .orElse("missing");
        row("storage operations over one cache file's life (generated, then served)",
                life.map(m -> String.format("**%s** on the cache-file storage (%s); source"
                                + " storage: %s; after a restart with an empty state cache: %s"
                                + " (%s)", fmt(num(m, "cache-per-file")),
                        first.map(f -> f.get("cache")).orElse("?"),
                        first.map(f -> f.get("source")).orElse("?"),
                        fmt(num(m, "cache-per-restart")),
                        restart.map(f -> f.get("cache")).orElse("?"))).orElse("missing"),
                theirs, "≤ 2", life.map(m -> num(m, "cache-per-file") <= 2));
    }

    private Optional<Double> peerOps(String stage) {
        return peer.sumAfter("^ops locmem/JustInTime\\s+" + stage, "per tag:");
    }

    private void bytes() {
        Optional<Map<String, String>> jsp = ours.find("warm", "engine=jsp");
        Optional<Map<String, String>> th = ours.find("warm", "engine=thymeleaf");
        String verdict = jsp.flatMap(j -> th.map(t -> {
            boolean jspMet = num(j, "tag-bytes") < 2048;
            boolean thMet = num(t, "tag-bytes") < 2048;
            if (jspMet && thMet) {
                return "met";
            }
            return (jspMet ? "met for JSP" : "**missed** for JSP") + "; "
                    + (thMet ? "met for Thymeleaf" : String.format("**missed** for Thymeleaf:"
                            + " its own element processing takes %.0f B of it",
                            num(t, "plain-bytes")));
        })).orElse("missing");
        line("| bytes allocated per warm tag (JMH `-prof gc`, net of the loop) | "
                + jsp.flatMap(j -> th.map(t -> String.format("JSP **%.0f B** (plain `<img>` %.0f"
                        + " B); Thymeleaf **%.0f B** (plain `th:src` %.0f B: the dialect's own"
                        + " share %+.0f B)", num(j, "tag-bytes"), num(j, "plain-bytes"),
                        num(t, "tag-bytes"), num(t, "plain-bytes"),
                        num(t, "tag-bytes") - num(t, "plain-bytes")))).orElse("missing")
                + " | not measured | report; < 2 KB | " + verdict + " |");
    }

    private void cold() {
        Optional<Double> django = peer.first("cold thumbnail\\s+jpeg n=\\s*\\d+\\s+img/s median"
                + " ([\\d.]+)").map(Double::valueOf);
        Optional<Double> vips1 = vips("vipsthumbnail 1 thread");
        Optional<Double> vips2 = vips("vipsthumbnail 2 procs");
        for (int threads = 1; threads <= 2; threads++) {
            Optional<Map<String, String>> c = ours.find("cold", "decoding=dct",
                    "threads=" + threads);
            int t = threads;
            Optional<Double> perThread = c.map(m -> num(m, "img/s") / t);
            Optional<Double> vips = threads == 1 ? vips1 : vips2.map(v -> v / 2);
            Optional<Double> xPeer = perThread.flatMap(o -> django.map(d -> o / d));
            Optional<Double> xVips = perThread.flatMap(o -> vips.map(v -> o / v));
            row("cold generation, 200x200 fill JPEG q85, 22 JPEGs, " + threads + " thread"
                            + (threads == 1 ? "" : "s"),
                    c.map(m -> String.format("**%.1f img/s** (%.1f–%.1f; %.1f img/CPU-s) ="
                                    + " %sx the peer, %sx vipsthumbnail per thread",
                            num(m, "img/s"), num(m, "min"), num(m, "max"), num(m, "img/cpu-s"),
                            xPeer.map(ComparisonReport::fmt).orElse("?"),
                            xVips.map(ComparisonReport::fmt).orElse("?"))).orElse("missing"),
                    String.format("django-imagekit %s img/s (1 process); vipsthumbnail %s;"
                                    + " Pillow `draft()` (libjpeg-turbo DCT scaling) %s img/s;"
                                    + " libjpeg-turbo's `djpeg -scale 1/8`, decoding alone: %s"
                                    + " img/s",
                            django.map(ComparisonReport::fmt).orElse("missing"), threads == 1
                                    ? vips1.map(v -> fmt(v) + " img/s (1 thread)").orElse("?")
                                    : vips2.map(v -> fmt(v) + " img/s (2 processes)")
                                            .orElse("?"),
                            peer.first("^pillow draft\\s+threads=1 .*img/s median ([\\d.]+)")
                                    .orElse("?"),
                            vips("djpeg 1/8 decode only").map(ComparisonReport::fmt)
                                    .orElse("?")),
                    "≥ 8x the peer and ≥ 2x vipsthumbnail per thread",
                    xPeer.flatMap(p -> xVips.map(v -> p >= 8 && v >= 2)));
        }
    }

    private Optional<Double> vips(String label) {
        return commands.first("^" + label + "\\s.*=> ([\\d.]+) img/s").map(Double::valueOf);
    }

    private void decodeModes() {
        StringBuilder cell = new StringBuilder();
        for (String d : List.of("full", "subsampled", "dct")) {
            Optional<Map<String, String>> c = ours.find("cold", "decoding=" + d, "threads=1");
            Optional<Map<String, String>> h = ours.all("heap").stream()
                    .filter(m -> d.equals(m.get("decoding"))
                            && !m.get("image").startsWith("large-")).findFirst();
            cell.append(String.format("%s%s: %s img/s, %s MiB heap", cell.length() > 0 ? "; "
                    : "", d, c.map(m -> m.get("img/s")).orElse("?"),
                    h.map(m -> m.get("min-xmx-mib")).orElse("?")));
        }
        Optional<Double> speed = ratio("img/s", "subsampled", "full");
        cell.append(speed.map(s -> String.format(" → subsampling on: %.1fx the speed", s))
                .orElse(""));
        row("cold generation with subsampled decode off vs on (1 thread; smallest -Xmx for the"
                + " largest photo)", cell.toString(), "Pillow without `draft()` decodes every"
                + " pixel", "report", Optional.empty());
    }

    private Optional<Double> ratio(String key, String a, String b) {
        return ours.find("cold", "decoding=" + a, "threads=1").flatMap(x -> ours.find("cold",
                "decoding=" + b, "threads=1").map(y -> num(x, key) / num(y, key)));
    }

    private void quality() {
        Optional<Map<String, String>> mean = ours.find("quality", "image=mean");
        double min = ours.all("quality").stream().filter(m -> !"mean".equals(m.get("image")))
                .mapToDouble(m -> num(m, "ssim")).min().orElse(Double.NaN);
        row("output quality vs Pillow LANCZOS, same crop (pilkit `ResizeToFill`), mean of 22;"
                        + " per image below",
                mean.map(m -> String.format("PSNR %.2f dB, SSIM **%.3f** (min %.3f)",
                        num(m, "psnr"), num(m, "ssim"), min)).orElse("missing"),
                mean.map(m -> String.format("Pillow `draft()` SSIM %.3f; JPEG q85 floor %.3f",
                        num(m, "pillow-draft-ssim"), num(m, "floor-ssim"))).orElse("missing"),
                "report", Optional.empty());
    }

    private void dogpile() {
        Optional<Map<String, String>> d = ours.find("dogpile");
        Optional<String> theirs = peer.first("^dogpile locmem/threads\\s+W=16 TOTAL over (.*)");
        row("dogpile: 16 threads, same never-generated image",
                d.map(m -> String.format("**%s generation per image**, %s renders succeed, %s"
                                + " files for %s images", m.get("per-trial"), m.get("renders-ok"),
                        m.get("files"), m.get("trials"))).orElse("missing"),
                theirs.orElse("missing"), "1 generation, 16/16 renders",
                d.map(m -> num(m, "per-trial") == 1.0
                        && m.get("renders-ok").split("/")[0].equals(
                                m.get("renders-ok").split("/")[1])));
    }

    private void heap() {
        StringBuilder cell = new StringBuilder();
        for (Map<String, String> h : ours.all("heap")) {
            cell.append(String.format("%s%s %s: %s MiB (allocates %s MiB)", cell.length() > 0
                    ? "; " : "", h.get("image"), h.get("decoding"), h.get("min-xmx-mib"),
                    h.get("allocated-mib")));
        }
        row("peak heap (smallest -Xmx) for the largest photo and a 50 MP JPEG → 200x200",
                cell.length() > 0 ? cell.toString() : "missing",
                peer.first("cold thumbnail peak RSS (\\d+ MiB)").map(r -> "peak RSS " + r
                        + " (whole process, every photo decoded in full)").orElse("missing"),
                "report; bounded by subsampling", Optional.empty());
    }

    private void batch() {
        Optional<Double> theirs = peer.first("generateimages \\[locmem\\] cold.*= ([\\d.]+)"
                + " img/s").map(Double::valueOf);
        Optional<Double> one = commands.first("^jimagekit generateimages 1t.*=> ([\\d.]+)"
                + " img/s").map(Double::valueOf);
        Optional<Double> two = commands.first("^jimagekit generateimages 2t.*=> ([\\d.]+)"
                + " img/s").map(Double::valueOf);
        row("`generateimages` over the corpus (22 JPEG + 3 PNG), cold",
                one.map(o -> String.format("**%.1f img/s** (1 thread), %s img/s (2 threads),"
                                + " whole process with JVM start = %sx the peer", o,
                        two.map(ComparisonReport::fmt).orElse("?"),
                        theirs.map(t -> fmt(o / t)).orElse("?"))).orElse("missing"),
                theirs.map(t -> fmt(t) + " img/s (in-process `call_command`)").orElse("missing"),
                "img/s vs the peer's command", one.flatMap(o -> theirs.map(t -> o > t)));
        List<Map<String, String>> rows = ours.all("quality");
        if (!rows.isEmpty()) {
            line("");
            line("Quality per image (jimagekit vs pilkit's full-decode `ResizeToFill`):");
            line("");
            line("| photo | PSNR dB | SSIM | Pillow `draft()` SSIM | q85 floor SSIM |");
            line("|---|---|---|---|---|");
            for (Map<String, String> m : rows) {
                line(String.format("| %s | %s | %s | %s | %s |", m.get("image"), m.get("psnr"),
                        m.get("ssim"), m.get("pillow-draft-ssim"), m.get("floor-ssim")));
            }
        }
    }

    private void row(String figure, String ours, String theirs, String target,
            Optional<Boolean> met) {
        line("| " + figure + " | " + ours + " | " + theirs + " | " + target + " | "
                + met.map(m -> m ? "met" : "**missed**").orElse("reported") + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static double num(Map<String, String> pairs, String key) {
        String v = pairs.get(key);
        return v == null ? Double.NaN : Double.parseDouble(v);
    }

    private static Optional<Double> median(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        double[] xs = values.stream().mapToDouble(Double::parseDouble).sorted().toArray();
        return Optional.of(xs[xs.length / 2]);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }
}
