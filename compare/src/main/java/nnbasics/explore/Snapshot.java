package nnbasics.explore;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import javax.swing.JComponent;

/**
 * A component painted without a window (headless too): sized, laid out from the top down, painted into an image;
 * what {@code explore --snapshot} writes and what the tests look at.
 */
public final class Snapshot {

    private Snapshot() {
    }

    /** The component at {@code width × height}, laid out and painted. */
    public static BufferedImage paint(JComponent component, int width, int height) {
        component.setSize(width, height);
        layout(component);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            component.paint(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes a PNG to a temporary file beside {@code file}, then moves it into place. */
    public static void write(BufferedImage image, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".tmp");
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp); // our own temporary file only, already gone after the move
        }
    }

    private static void layout(Container container) {
        container.doLayout();
        for (Component child : container.getComponents()) {
            if (child instanceof Container c) {
                layout(c);
            }
        }
    }
}
