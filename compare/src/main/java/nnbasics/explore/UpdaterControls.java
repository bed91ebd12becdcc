package nnbasics.explore;

import java.util.List;
import java.util.function.Consumer;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.handwritten.updaters.Optimiser.Kind;

/**
 * The playground's updater and rate boxes, bound to a {@link PlaygroundModel}: choosing an updater starts the run
 * again from the same start at that updater's default rate, the rate box then offering rates around it
 * ({@link UpdaterChoice}); any other positive rate can be typed.
 */
final class UpdaterControls {

    private final PlaygroundModel model;
    private final Runnable changed;
    private final Consumer<String> error;
    private final JComboBox<String> updaterBox = new JComboBox<>(
            UpdaterChoice.KINDS.stream().map(UpdaterChoice::name).toArray(String[]::new));
    private final JComboBox<String> rateBox = new JComboBox<>();
    /** True while the boxes are set from the model: their listeners then change nothing. */
    private boolean showing;

    /**
     * @param changed runs after the model changed (the view redraws and clears its message)
     * @param error   shows a one-line message about a bad typed rate
     */
    UpdaterControls(PlaygroundModel model, Runnable changed, Consumer<String> error) {
        this.model = model;
        this.changed = changed;
        this.error = error;
        updaterBox.setToolTipText("how the gradient becomes the step, as classify --updater; another updater starts "
                + "again at its DL4J default rate");
        rateBox.setEditable(true);
        rateBox.setPrototypeDisplayValue("0.00001");
        show();
        updaterBox.addActionListener(e -> updaterChosen());
        rateBox.addActionListener(e -> rateTyped());
    }

    /** Adds "updater: [box] rate: [box]" to a row of the panel. */
    void addTo(JPanel row) {
        row.add(new JLabel("updater:"));
        row.add(updaterBox);
        row.add(new JLabel("rate:"));
        row.add(rateBox);
    }

    /** @return the boxes, disabled while steps run */
    List<JComponent> components() {
        return List.of(updaterBox, rateBox);
    }

    /** The boxes show the model's updater, the rates around its default, and its rate. */
    void show() {
        showing = true;
        try {
            Kind kind = model.recipe().updater();
            updaterBox.setSelectedItem(UpdaterChoice.name(kind));
            rateBox.setModel(new DefaultComboBoxModel<>(UpdaterChoice.rates(kind)));
            rateBox.setSelectedItem(ClassifyCommandLine.rateText(model.rate()));
        } finally {
            showing = false;
        }
    }

    private void updaterChosen() {
        Kind kind = UpdaterChoice.parse(String.valueOf(updaterBox.getSelectedItem()));
        if (showing || kind == null || kind == model.recipe().updater()) {
            return;
        }
        model.setUpdater(kind);
        show();
        changed.run();
    }

    private void rateTyped() {
        if (showing) {
            return;
        }
        String text = String.valueOf(rateBox.getSelectedItem()).strip();
        try {
            double rate = Double.parseDouble(text);
            if (rate != model.rate()) {
                model.setRate(rate);
                changed.run();
            }
        } catch (IllegalArgumentException bad) {
            error.accept("rate: expected a finite positive number, got \"" + text + "\"");
            show();
        }
    }

    // for the tests

    JComboBox<String> updaterBox() {
        return updaterBox;
    }

    JComboBox<String> rateBox() {
        return rateBox;
    }
}
