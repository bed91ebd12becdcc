package nnbasics.guide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nnbasics.charts.ChartFiles;
import org.knowm.xchart.internal.chartpart.Chart;

/** Saves the guide's pictures into the output folder, PNG and SVG, each written to a temporary name and moved. */
final class Pictures {

    private final Path dir;

    Pictures(Path dir) {
        this.dir = dir;
    }

    Figure chart(String name, Chart<?, ?> chart, String caption) {
        try {
            ChartFiles.savePng(chart, dir.resolve(name + ".png"));
            ChartFiles.saveSvg(chart, dir.resolve(name + ".svg"));
            return new Figure(name + ".png", caption, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Figure grid(String name, List<? extends Chart<?, ?>> charts, int columns, String caption) {
        try {
            ChartFiles.savePng(charts, columns, dir.resolve(name + ".png"));
            return new Figure(name + ".png", caption, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Figure image(String name, java.awt.image.BufferedImage image, String svg, String caption) {
        try {
            ChartFiles.savePng(image, dir.resolve(name + ".png"));
            if (svg != null) {
                ChartFiles.writeString(dir.resolve(name + ".svg"), svg);
            }
            return new Figure(name + ".png", caption, svg != null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
