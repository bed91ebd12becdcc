package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;
import nnbasics.charts.NetworkDiagram;

/** Panel 5, the shape explorer: features and classes steppers (1 … 10) bound to a {@link ShapeModel}; the network drawn. */
public final class ShapeView extends JPanel {

    private final ShapeModel model;
    private final JSpinner features;
    private final JSpinner classes;
    private final Drawing drawing = new Drawing();

    public ShapeView(ShapeModel model) {
        super(new BorderLayout());
        this.model = model;
        features = new JSpinner(new SpinnerNumberModel(model.features(), ShapeModel.MIN, ShapeModel.MAX, 1));
        classes = new JSpinner(new SpinnerNumberModel(model.classes(), ShapeModel.MIN, ShapeModel.MAX, 1));
        features.addChangeListener(e -> {
            model.setFeatures((Integer) features.getValue());
            drawing.repaint();
        });
        classes.addChangeListener(e -> {
            model.setClasses((Integer) classes.getValue());
            drawing.repaint();
        });
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 4));
        row.add(new JLabel("features x1 … xn:"));
        row.add(features);
        row.add(new JLabel("   classes y1 … yk:"));
        row.add(classes);
        add(Controls.padded(row), BorderLayout.NORTH);
        add(drawing, BorderLayout.CENTER);
    }

    JSpinner featuresSpinner() {
        return features;
    }

    /** The diagram scaled to fit the panel. */
    private final class Drawing extends JPanel {
        Drawing() {
            setBackground(Color.WHITE);
        }

        @Override
        protected void paintComponent(Graphics graphics) {
            super.paintComponent(graphics);
            NetworkDiagram diagram = model.diagram();
            Graphics2D g = (Graphics2D) graphics.create();
            try {
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                double scale = Math.min((double) getWidth() / diagram.width(), (double) getHeight() / diagram.height());
                g.translate((getWidth() - diagram.width() * scale) / 2, 0);
                g.scale(scale, scale);
                diagram.paint(g);
            } finally {
                g.dispose();
            }
        }
    }
}
