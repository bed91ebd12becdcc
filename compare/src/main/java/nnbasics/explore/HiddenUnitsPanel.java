package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The playground's hidden units: a small map of each unit's activation over the plane (hand-written engine), a layer
 * per row, with the colour key; a sentence instead when there is no hidden layer.
 */
final class HiddenUnitsPanel extends JPanel {

    HiddenUnitsPanel() {
        super(new BorderLayout());
    }

    /** Shows the units of {@code model}'s network at its current step, from {@code maps}. */
    void showUnits(PlaygroundModel model, PlaygroundMaps maps, Color[] colours) {
        removeAll();
        PlaygroundData data = model.data();
        if (model.hidden().isEmpty()) {
            JLabel none = new WrappingLabel();          // two lines at the panel's width: a plain label gets one
            none.setText("<html>No hidden layer: softmax regression. Its boundary is a straight line "
                    + "(the logits are linear in the features). Add hidden units to bend it.</html>");
            none.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
            add(none, BorderLayout.NORTH);
            revalidate();
            repaint();
            return;
        }
        String[] scale = HeatColours.scale(model.activation().hand());
        JPanel key = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        key.add(new JLabel("Each hidden unit's activation a (hand-written engine):"));
        if (!scale[0].isEmpty()) {
            key.add(swatch(HeatColours.NEGATIVE));
            key.add(new JLabel(scale[0]));
        }
        key.add(swatch(Color.WHITE));
        key.add(new JLabel(scale[1]));
        key.add(swatch(HeatColours.POSITIVE));
        key.add(new JLabel(scale[2]));
        add(key, BorderLayout.NORTH);
        JPanel layers = new JPanel();
        layers.setLayout(new BoxLayout(layers, BoxLayout.Y_AXIS));
        for (int l = 0; l < maps.units().size(); l++) {
            double[][] layer = maps.units().get(l);
            JLabel heading = new JLabel("layer " + (l + 1) + ": " + layer.length + " " + model.activation().label()
                    + (layer.length == 1 ? " unit" : " units"));
            heading.setAlignmentX(LEFT_ALIGNMENT);
            layers.add(heading);
            // one layer of up to 4 units: one row of large maps; more units, or two layers: one row of 8 small ones
            // per layer (two rows of large maps left the charts below too little height for their axes' labels)
            int columns = maps.units().size() == 1 && layer.length <= 4 ? layer.length : PlaygroundModel.MAX_UNITS;
            JPanel grid = new JPanel(new GridLayout(0, columns, 3, 3));
            for (int k = 0; k < layer.length; k++) {
                HeatMapPanel unit = new HeatMapPanel(false);
                unit.setPreferredSize(columns == PlaygroundModel.MAX_UNITS ? new Dimension(76, 76)
                        : new Dimension(150, 125));
                unit.show("unit " + (k + 1),
                        HeatColours.unit(layer[k], maps.columns(), maps.rows(), model.activation().hand()),
                        maps.plane(), data.raw().features(), data.raw().labels(), colours, data.features(),
                        List.of());
                grid.add(unit);
            }
            grid.setAlignmentX(LEFT_ALIGNMENT);
            layers.add(grid);
        }
        add(layers, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    private static JComponent swatch(Color colour) {
        JLabel swatch = new JLabel("    ");
        swatch.setOpaque(true);
        swatch.setBackground(colour);
        swatch.setBorder(BorderFactory.createLineBorder(Color.GRAY));
        return swatch;
    }
}
