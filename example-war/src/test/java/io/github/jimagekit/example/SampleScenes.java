package io.github.jimagekit.example;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * The gallery's sample pictures, painted in code (no network, no licences): landscapes made of
 * gradients and layered silhouettes, which compress well and look like photos at thumbnail
 * size. Each scene is deterministic.
 */
final class SampleScenes {

    static final int WIDTH = 1600;
    static final int HEIGHT = 1067;

    private SampleScenes() {
    }

    static BufferedImage alpineLake() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        int horizon = 640;
        sky(g, WIDTH, horizon, new Color(0x2b4c7e), new Color(0xf3c98b));
        glow(g, 1150, 560, 260, new Color(255, 236, 190, 190));
        Random r = new Random(1);
        ridge(g, r, horizon, 420, 0.55, new Color(0x9aa7bf), WIDTH);
        ridge(g, r, horizon, 300, 0.5, new Color(0x5d6d86), WIDTH);
        ridge(g, r, horizon, 170, 0.45, new Color(0x2f3d52), WIDTH);
        // the lake mirrors the sky, darker, with ripples
        g.setPaint(new GradientPaint(0, horizon, new Color(0x8e96a6), 0, HEIGHT,
                new Color(0x16233a)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        g.setStroke(new BasicStroke(2f));
        for (int y = horizon + 8; y < HEIGHT; y += 9 + (y - horizon) / 18) {
            g.setColor(new Color(255, 255, 255, 28));
            int x = r.nextInt(WIDTH / 2);
            g.drawLine(x, y, x + 200 + r.nextInt(700), y);
        }
        g.dispose();
        return img;
    }

    static BufferedImage desertDunes() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        sky(g, WIDTH, HEIGHT, new Color(0x8fb8de), new Color(0xfbe7c6));
        Color[] sand = {new Color(0xe9b872), new Color(0xdc9a52), new Color(0xc47c3c),
            new Color(0xa35f2b)};
        for (int i = 0; i < sand.length; i++) {
            int base = 470 + i * 150;
            Path2D p = new Path2D.Double();
            p.moveTo(0, HEIGHT);
            for (int x = 0; x <= WIDTH; x += 10) {
                double y = base - 60 * Math.sin(x / (260.0 + 70 * i) + i * 1.7)
                        - 25 * Math.sin(x / 90.0 + i);
                p.lineTo(x, y);
            }
            p.lineTo(WIDTH, HEIGHT);
            p.closePath();
            g.setPaint(new GradientPaint(0, base - 80, sand[i].brighter(), 0, base + 200,
                    sand[i]));
            g.fill(p);
        }
        g.dispose();
        return img;
    }

    static BufferedImage northernLights() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        sky(g, WIDTH, HEIGHT, new Color(0x050b1a), new Color(0x123047));
        Random r = new Random(3);
        for (int i = 0; i < 260; i++) {
            int s = 1 + r.nextInt(3);
            g.setColor(new Color(255, 255, 255, 90 + r.nextInt(160)));
            g.fillOval(r.nextInt(WIDTH), r.nextInt(700), s, s);
        }
        for (int band = 0; band < 3; band++) {
            Color top = new Color(80, 255, 180, 0);
            Color mid = band == 1 ? new Color(120, 200, 255, 70) : new Color(60, 255, 160, 80);
            for (int x = 0; x < WIDTH; x += 3) {
                double y = 330 + band * 70 + 110 * Math.sin(x / (230.0 + band * 40) + band)
                        + 40 * Math.sin(x / 67.0);
                double h = 170 + 80 * Math.sin(x / 140.0 + band * 2);
                g.setPaint(new GradientPaint(x, (float) (y - h), top, x, (float) y, mid));
                g.fillRect(x, (int) (y - h), 3, (int) h);
            }
        }
        pines(g, r, 900, 130, new Color(0x02060c), 28);
        g.dispose();
        return img;
    }

    static BufferedImage sunsetSea() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        int horizon = 600;
        g.setPaint(new LinearGradientPaint(0, 0, 0, horizon, new float[] {0f, 0.55f, 1f},
                new Color[] {new Color(0x3b2a63), new Color(0xd9636b), new Color(0xffc46b)}));
        g.fillRect(0, 0, WIDTH, horizon);
        glow(g, 800, horizon, 420, new Color(255, 214, 140, 170));
        g.setColor(new Color(0xffe3a3));
        g.fill(new Ellipse2D.Double(800 - 120, horizon - 120, 240, 240));
        g.setPaint(new GradientPaint(0, horizon, new Color(0x5a3f6e), 0, HEIGHT,
                new Color(0x131a35)));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        Random r = new Random(4);
        for (int y = horizon + 4; y < HEIGHT; y += 6 + (y - horizon) / 25) {
            int w = 40 + (y - horizon) * 2 / 3;
            int x = 800 - w / 2 + r.nextInt(Math.max(1, w / 3)) - w / 6;
            g.setColor(new Color(255, 200, 120, Math.max(20, 170 - (y - horizon) / 3)));
            g.fillRect(x, y, w, 3);
        }
        g.dispose();
        return img;
    }

    static BufferedImage forestMist() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        sky(g, WIDTH, HEIGHT, new Color(0xdfe9e6), new Color(0xb9cdc6));
        Random r = new Random(5);
        Color[] layers = {new Color(0xa6bdb5), new Color(0x84a297), new Color(0x5f8275),
            new Color(0x3d5f52), new Color(0x213c33)};
        for (int i = 0; i < layers.length; i++) {
            pines(g, r, 520 + i * 120, 150 + i * 45, layers[i], 30 - i * 4);
            g.setPaint(new GradientPaint(0, 520 + i * 120, new Color(230, 238, 235, 0), 0,
                    700 + i * 120, new Color(230, 238, 235, 120)));
            g.fillRect(0, 520 + i * 120, WIDTH, HEIGHT);
        }
        g.dispose();
        return img;
    }

    static BufferedImage cityNight() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        sky(g, WIDTH, HEIGHT, new Color(0x0b1030), new Color(0x3a2f5b));
        g.setColor(new Color(0xf4f1de));
        g.fill(new Ellipse2D.Double(1240, 130, 110, 110));
        Random r = new Random(6);
        for (int layer = 0; layer < 2; layer++) {
            int x = -20;
            Color wall = layer == 0 ? new Color(0x2a2c4d) : new Color(0x15162b);
            while (x < WIDTH) {
                int w = 70 + r.nextInt(130);
                int top = (layer == 0 ? 330 : 470) + r.nextInt(260);
                g.setColor(wall);
                g.fillRect(x, top, w, HEIGHT - top);
                for (int wy = top + 18; wy < HEIGHT - 20; wy += 26) {
                    for (int wx = x + 10; wx < x + w - 14; wx += 20) {
                        if (r.nextInt(10) < (layer == 0 ? 2 : 3)) {
                            g.setColor(new Color(255, 214, 120, 150 + r.nextInt(100)));
                            g.fillRect(wx, wy, 9, 12);
                        }
                    }
                }
                x += w + 4;
            }
        }
        g.dispose();
        return img;
    }

    static BufferedImage tulipField() {
        BufferedImage img = canvas(WIDTH, HEIGHT);
        Graphics2D g = graphics(img);
        int horizon = 430;
        sky(g, WIDTH, horizon, new Color(0x7fb2e5), new Color(0xe8f1f8));
        g.setColor(new Color(0x5d8a3a));
        g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
        Color[] rows = {new Color(0xe63946), new Color(0xffd166), new Color(0xf28ab2),
            new Color(0x8e5cc4), new Color(0xff7b39)};
        double vx = 800;
        int stripes = 16;
        for (int i = 0; i < stripes; i++) {
            double x0 = -900 + i * (3400.0 / stripes);
            double x1 = x0 + 3400.0 / stripes * 0.62;
            Path2D p = new Path2D.Double();
            p.moveTo(vx + (x0 - vx) * 0.02, horizon);
            p.lineTo(vx + (x1 - vx) * 0.02, horizon);
            p.lineTo(x1, HEIGHT);
            p.lineTo(x0, HEIGHT);
            p.closePath();
            g.setColor(rows[i % rows.length]);
            g.fill(p);
        }
        // a windmill on the horizon
        g.setColor(new Color(0x3b3b3b));
        g.fillRect(1180, horizon - 150, 40, 150);
        g.setStroke(new BasicStroke(12f));
        for (int a = 0; a < 4; a++) {
            double t = Math.toRadians(20 + a * 90);
            g.drawLine(1200, horizon - 150, (int) (1200 + 120 * Math.cos(t)),
                    (int) (horizon - 150 + 120 * Math.sin(t)));
        }
        g.dispose();
        return img;
    }

    /** The lighthouse, upright: 1067 wide and 1600 high. */
    static BufferedImage lighthouseUpright() {
        int w = HEIGHT;
        int h = WIDTH;
        BufferedImage img = canvas(w, h);
        Graphics2D g = graphics(img);
        int horizon = 1050;
        sky(g, w, horizon, new Color(0x26477a), new Color(0xf6b98a));
        g.setPaint(new GradientPaint(0, horizon, new Color(0x2e5d7d), 0, h, new Color(0x0f2535)));
        g.fillRect(0, horizon, w, h - horizon);
        // beam
        g.setPaint(new GradientPaint(560, 420, new Color(255, 250, 210, 150), 0, 250,
                new Color(255, 250, 210, 0)));
        Path2D beam = new Path2D.Double();
        beam.moveTo(560, 420);
        beam.lineTo(0, 180);
        beam.lineTo(0, 420);
        beam.closePath();
        g.fill(beam);
        // rocks
        g.setColor(new Color(0x1b1f24));
        Path2D rocks = new Path2D.Double();
        rocks.moveTo(250, h);
        rocks.curveTo(300, 1150, 420, 1120, 560, 1110);
        rocks.curveTo(700, 1100, 860, 1160, 1000, h);
        rocks.closePath();
        g.fill(rocks);
        // tower, striped
        Path2D tower = new Path2D.Double();
        tower.moveTo(480, 1130);
        tower.lineTo(520, 470);
        tower.lineTo(600, 470);
        tower.lineTo(640, 1130);
        tower.closePath();
        g.setColor(new Color(0xf2efe8));
        g.fill(tower);
        g.setClip(tower);
        g.setColor(new Color(0xc8323c));
        for (int y = 560; y < 1130; y += 180) {
            g.fillRect(460, y, 200, 90);
        }
        g.setClip(null);
        g.setColor(new Color(0x22262b));
        g.fillRect(505, 400, 110, 70);
        g.setColor(new Color(0xfff3b0));
        g.fillRect(520, 412, 80, 46);
        g.setColor(new Color(0x22262b));
        g.fill(new Ellipse2D.Double(505, 360, 110, 80));
        g.dispose();
        return img;
    }

    /** A flat paper-cut badge on a transparent background: the PNG with an alpha channel. */
    static BufferedImage paperBadge() {
        int s = 900;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        Color[] rings = {new Color(0x264653), new Color(0x2a9d8f), new Color(0xe9c46a),
            new Color(0xf4a261), new Color(0xe76f51)};
        for (int i = 0; i < rings.length; i++) {
            double r = 425 - i * 77;
            g.setColor(rings[i]);
            g.fill(star(s / 2.0, s / 2.0, r, r * (i % 2 == 0 ? 0.86 : 0.93), 14 + i * 2,
                    i * 0.2));
        }
        g.setColor(new Color(0xfdf6e3));
        g.fill(new Ellipse2D.Double(s / 2.0 - 55, s / 2.0 - 55, 110, 110));
        g.dispose();
        return img;
    }

    /** The fallback picture: a crossed-out landscape on light grey, 480x360. */
    static BufferedImage missing() {
        BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0xeceae6));
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(0xb9b4ab));
        g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawRoundRect(170, 120, 140, 110, 14, 14);
        Path2D hill = new Path2D.Double();
        hill.moveTo(178, 222);
        hill.lineTo(220, 175);
        hill.lineTo(250, 205);
        hill.lineTo(272, 185);
        hill.lineTo(302, 222);
        g.draw(hill);
        g.fill(new Ellipse2D.Double(268, 138, 22, 22));
        g.setColor(new Color(0xc2574b));
        g.drawLine(160, 245, 320, 105);
        g.dispose();
        return img;
    }

    private static BufferedImage canvas(int w, int h) {
        return new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        return g;
    }

    private static void sky(Graphics2D g, int w, int bottom, Color top, Color low) {
        g.setPaint(new GradientPaint(0, 0, top, 0, bottom, low));
        g.fillRect(0, 0, w, bottom);
    }

    private static void glow(Graphics2D g, int x, int y, int radius, Color c) {
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x, y), radius,
                new float[] {0f, 1f}, new Color[] {c, new Color(c.getRed(), c.getGreen(),
                    c.getBlue(), 0)}));
        g.fillRect(x - radius, y - radius, radius * 2, radius * 2);
    }

    /** A mountain range: overlapping peaks with a little jitter, filled down to the horizon. */
    private static void ridge(Graphics2D g, Random r, int horizon, int height, double rough,
            Color c, int w) {
        int peaks = 5 + r.nextInt(3);
        double[] px = new double[peaks];
        double[] ph = new double[peaks];
        for (int i = 0; i < peaks; i++) {
            px[i] = (i + r.nextDouble()) * w / peaks;
            ph[i] = height * (0.55 + 0.45 * r.nextDouble());
        }
        Path2D p = new Path2D.Double();
        p.moveTo(0, horizon);
        double jitter = 0;
        for (int x = 0; x <= w; x += 8) {
            double top = height * 0.2;
            for (int i = 0; i < peaks; i++) {
                top = Math.max(top, ph[i] - Math.abs(x - px[i]) * (0.9 + rough));
            }
            jitter = jitter * 0.7 + (r.nextDouble() - 0.5) * 14;
            p.lineTo(x, horizon - top - jitter);
        }
        p.lineTo(w, horizon);
        p.closePath();
        g.setPaint(new GradientPaint(0, horizon - height, c.brighter(), 0, horizon, c));
        g.fill(p);
    }

    private static void pines(Graphics2D g, Random r, int base, int height, Color c, int count) {
        g.setColor(c);
        g.fillRect(0, base, 2000, 2000);
        for (int i = 0; i < count; i++) {
            double x = i * (WIDTH + 100.0) / count + r.nextInt(40) - 50;
            double h = height * (0.6 + r.nextDouble() * 0.6);
            double half = h * 0.22;
            Path2D p = new Path2D.Double();
            p.moveTo(x, base - h);
            p.lineTo(x + half, base + 2);
            p.lineTo(x - half, base + 2);
            p.closePath();
            g.fill(p);
        }
    }

    private static Path2D star(double cx, double cy, double outer, double inner, int points,
            double phase) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < points * 2; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = phase + Math.PI * i / points;
            double x = cx + r * Math.cos(a);
            double y = cy + r * Math.sin(a);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        p.closePath();
        return p;
    }
}
