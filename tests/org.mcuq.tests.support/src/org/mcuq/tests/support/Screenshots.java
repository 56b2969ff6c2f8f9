package org.mcuq.tests.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** Saves what a shell shows as a PNG, so a person can look at what a UI test saw. */
public final class Screenshots {

    private Screenshots() {
    }

    /** Writes {@code name}.png into the folder named by {@code mcuq.screenshot.dir}; does nothing without it. */
    public static void save(Shell shell, String name) throws Exception {
        String dir = System.getProperty("mcuq.screenshot.dir");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        Workbenches.processEvents();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
