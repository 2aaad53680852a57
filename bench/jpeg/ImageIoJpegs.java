import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Encodes a binary PPM with the JDK's ImageIO JPEG writer, baseline or progressive, for
 * make-references.sh: {@code java ImageIoJpegs.java IN.ppm OUT.jpg baseline|progressive}.
 */
public final class ImageIoJpegs {

    public static void main(String[] args) throws Exception {
        BufferedImage image = readPpm(Path.of(args[0]));
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        if (args[2].equals("progressive")) {
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        }
        File out = new File(args[1]);
        out.delete();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
    }

    private static BufferedImage readPpm(Path path) throws Exception {
        byte[] d = Files.readAllBytes(path);
        String[] head = new String(d, 0, 20, StandardCharsets.US_ASCII).split("\\s+");
        int w = Integer.parseInt(head[1]);
        int h = Integer.parseInt(head[2]);
        int start = d.length - 3 * w * h;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < w * h; i++) {
            int p = start + 3 * i;
            img.setRGB(i % w, i / w, (d[p] & 255) << 16 | (d[p + 1] & 255) << 8 | d[p + 2] & 255);
        }
        return img;
    }
}
