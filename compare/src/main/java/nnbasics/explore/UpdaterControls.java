package nnbasics.explore;

import java.awt.FlowLayout;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleFunction;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.handwritten.updaters.Optimiser.Kind;

/**
 * The playground's row of how the step is taken, bound to a {@link PlaygroundModel}: the updater, the rate, L2 on the
 * weights and dropout's probability to keep ({@link UpdaterChoice}). Each change starts the run again from the same
 * start; another updater takes its default rate, the rate box then offering rates around it. Any other value can be
 * typed into the rate, L2 and keep boxes; a bad one is one line and changes nothing.
 */
final class UpdaterControls {

    private final PlaygroundModel model;
    private final Runnable changed;
    private final Consumer<String> error;
    private final JComboBox<String> updaterBox = new JComboBox<>(
            UpdaterChoice.KINDS.stream().map(UpdaterChoice::name).toArray(String[]::new));
    private final JComboBox<String> rateBox = new JComboBox<>();
    private final JComboBox<String> l2Box = new JComboBox<>(UpdaterChoice.L2S);
    private final JComboBox<String> keepBox = new JComboBox<>(UpdaterChoice.KEEPS);
    /** True while the boxes are set from the model: their listeners then change nothing. */
    private boolean showing;

    /**
     * @param changed runs after the model changed (the view redraws and clears its message)
     * @param error   shows a one-line message about a bad typed value
     */
    UpdaterControls(PlaygroundModel model, Runnable changed, Consumer<String> error) {
        this.model = model;
        this.changed = changed;
        this.error = error;
        updaterBox.setToolTipText("how the gradient becomes the step, as classify --updater; another updater starts "
                + "again at its DL4J default rate");
        l2Box.setToolTipText("L2 on the weights, not the biases: c W added to the gradient (classify --l2)");
        keepBox.setToolTipText("the probability to keep each hidden layer's input (classify --dropout); 1: no "
                + "dropout");
        for (JComboBox<String> box : List.of(rateBox, l2Box, keepBox)) {
            box.setEditable(true);
            box.setPrototypeDisplayValue("0.0001");
        }
        show();
        updaterBox.addActionListener(e -> updaterChosen());
        rateBox.addActionListener(e -> typed(rateBox, "rate", "a finite positive number",
                rate -> UpdaterChoice.withRate(model.recipe(), rate)));
        l2Box.addActionListener(e -> typed(l2Box, "L2", "a finite number, 0 or more", c -> model.recipe().withL2(c)));
        keepBox.addActionListener(e -> typed(keepBox, "dropout keep", "a probability in (0, 1]",
                p -> model.recipe().withKeep(p)));
    }

    /** @return "how the step is taken: updater [box] rate [box] L2 [box] dropout keep [box]" */
    JPanel row() {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
        row.add(new JLabel("the step: updater"));
        row.add(updaterBox);
        row.add(new JLabel("rate"));
        row.add(rateBox);
        row.add(new JLabel("L2 on the weights"));
        row.add(l2Box);
        row.add(new JLabel("dropout: keep"));
        row.add(keepBox);
        return row;
    }

    /** Disabled while steps run; dropout only with a hidden layer, whose input it drops. */
    void enable(boolean busy) {
        updaterBox.setEnabled(!busy);
        rateBox.setEnabled(!busy);
        l2Box.setEnabled(!busy);
        keepBox.setEnabled(!busy && !model.hidden().isEmpty());
    }

    /** The boxes show the model's recipe, the rate box the rates around its updater's default. */
    void show() {
        showing = true;
        try {
            Optimiser recipe = model.recipe();
            updaterBox.setSelectedItem(UpdaterChoice.name(recipe.updater()));
            rateBox.setModel(new DefaultComboBoxModel<>(UpdaterChoice.rates(recipe.updater())));
            rateBox.setSelectedItem(ClassifyCommandLine.rateText(recipe.learningRate()));
            l2Box.setSelectedItem(Optimiser.number(recipe.l2()));
            keepBox.setSelectedItem(Optimiser.number(recipe.keep()));
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

    /** A value typed or picked in one of the boxes: the recipe with it, or one line saying what was expected. */
    private void typed(JComboBox<String> box, String name, String expected, DoubleFunction<Optimiser> recipe) {
        if (showing) {
            return;
        }
        String text = String.valueOf(box.getSelectedItem()).strip();
        try {
            Optimiser next = recipe.apply(Double.parseDouble(text));
            if (!next.equals(model.recipe())) {
                model.setRecipe(next);
                changed.run();
            }
        } catch (IllegalArgumentException bad) {
            error.accept(name + ": expected " + expected + ", got \"" + text + "\"");
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

    JComboBox<String> l2Box() {
        return l2Box;
    }

    JComboBox<String> keepBox() {
        return keepBox;
    }
}
