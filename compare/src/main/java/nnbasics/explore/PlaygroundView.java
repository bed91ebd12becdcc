package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.SwingWorker;
import nnbasics.charts.ChartStyle;
import nnbasics.compare.network.HiddenActivation;
import org.knowm.xchart.XYChart;

/**
 * Panel 7, the playground: the data (the houses or an opened CSV), the hidden layers, the activation; the updater,
 * the rate, L2 and dropout ({@link UpdaterControls});
 * the step and reset buttons; the decision boundary as a heat map and every hidden unit's own small one; the loss and
 * the twin difference per step; "save weights" and the classify command that makes the same run. Steps run on a
 * {@link SwingWorker} (the buttons wait, disabled), the maps are computed there too; bound to a
 * {@link PlaygroundModel}.
 */
public final class PlaygroundView extends JPanel {

    /** Cells of the decision map: fine enough for a smooth boundary, cheap for both engines' forward passes. */
    static final int COLUMNS = 200;
    static final int ROWS = 150;

    private final PlaygroundModel model;
    private final PlaygroundData houses;
    private final CompletableFuture<?> dl4jReady;
    private boolean busy;

    private final JLabel dataLabel = new JLabel(" ");
    private final JTextField featuresField = new JTextField(20);
    private final JTextField labelField = new JTextField(10);
    private final JSpinner layer1 = new JSpinner(new SpinnerNumberModel(0, 0, PlaygroundModel.MAX_UNITS, 1));
    private final JSpinner layer2 = new JSpinner(new SpinnerNumberModel(0, 0, PlaygroundModel.MAX_UNITS, 1));
    private final JComboBox<String> activationBox = new JComboBox<>(new String[] {"tanh", "relu", "sigmoid"});
    private final UpdaterControls updater;
    private final JLabel architecture = new JLabel(" ");
    private final List<JComponent> controls = new ArrayList<>();
    private final List<JButton> stepButtons = new ArrayList<>();
    private final JLabel loading = new JLabel("loading DL4J …");
    private final JLabel summary = Controls.valueLabel();
    private final JLabel twins = new WrappingLabel();
    private final JLabel message = new JLabel(" ");
    /** Two lines, wrapped at spaces: the longest commands (a user's CSV, two layers) are wider than the window. */
    private final JTextArea command = new JTextArea(2, 80);
    private final HeatMapPanel decision = new HeatMapPanel(true);
    private final HiddenUnitsPanel units = new HiddenUnitsPanel();
    private final JPanel charts = new JPanel(new GridLayout(1, 2));
    private Path lastCsv;

    /**
     * @param houses    the data of the "houses" button
     * @param dl4jReady completes when DL4J has loaded: the step buttons wait for it
     */
    public PlaygroundView(PlaygroundModel model, PlaygroundData houses, CompletableFuture<?> dl4jReady) {
        this(model, houses, dl4jReady, 0);
    }

    /**
     * The same, taking {@code stepsWhenReady} steps as soon as DL4J has loaded ({@code explore --steps N}).
     */
    public PlaygroundView(PlaygroundModel model, PlaygroundData houses, CompletableFuture<?> dl4jReady,
                          int stepsWhenReady) {
        super(new BorderLayout());
        this.model = model;
        this.houses = houses;
        this.dl4jReady = dl4jReady;
        this.updater = new UpdaterControls(model, () -> {
            say(" ", false);
            refresh();
        }, text -> say(text, true));
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(dataRow());
        top.add(networkRow());
        top.add(updater.row());
        top.add(buttonRow());
        top.add(summary);
        top.add(twins);
        top.add(message);
        top.add(commandRow());
        for (Component c : top.getComponents()) {
            ((JComponent) c).setAlignmentX(LEFT_ALIGNMENT);
        }
        add(Controls.padded(top), BorderLayout.NORTH);

        JPanel right = new JPanel(new BorderLayout());
        right.add(units, BorderLayout.NORTH);          // the units at their own height, the charts take the rest
        right.add(charts, BorderLayout.CENTER);
        JPanel centre = new JPanel(new GridLayout(1, 2, 8, 0));
        centre.add(decision);
        centre.add(right);
        add(centre, BorderLayout.CENTER);

        showSettings();
        wire();
        dl4jReady.whenComplete((ok, error) -> SwingUtilities.invokeLater(() -> {
            if (error == null) {
                loading.setText(" ");
            } else {
                loading.setText("DL4J failed to load: " + error.getMessage());
                loading.setForeground(Color.RED);
            }
            enableControls();
            if (error == null && stepsWhenReady > 0) {
                runSteps(stepsWhenReady);
            }
        }));
        refresh();
    }

    private JPanel dataRow() {
        JPanel rows = new JPanel(new GridLayout(2, 1));
        JPanel first = row();
        first.add(new JLabel("data:"));
        first.add(dataLabel);
        rows.add(first);
        JPanel row = row();
        rows.add(row);
        JButton open = new JButton("Open CSV…");
        open.addActionListener(e -> openCsv());
        housesButton = new JButton("houses");
        housesButton.setToolTipText("back to the ten labelled houses");
        housesButton.addActionListener(e -> useData(null, true));
        JButton apply = new JButton("use columns");
        apply.addActionListener(e -> useData(lastCsv != null ? lastCsv : model.data().file(), false));
        row.add(open);
        row.add(housesButton);
        row.add(new JLabel("features"));
        row.add(featuresField);
        row.add(new JLabel("label"));
        row.add(labelField);
        row.add(apply);
        controls.addAll(List.of(open, featuresField, labelField, apply));
        rows.setMaximumSize(new Dimension(Integer.MAX_VALUE, rows.getPreferredSize().height));
        return rows;
    }

    private JButton housesButton;

    private JPanel networkRow() {
        JPanel row = row();
        row.add(new JLabel("hidden units, layer 1:"));
        row.add(layer1);
        row.add(new JLabel("layer 2:"));
        row.add(layer2);
        row.add(new JLabel("activation:"));
        row.add(activationBox);
        architecture.setFont(architecture.getFont().deriveFont(Font.BOLD));
        row.add(architecture);
        controls.addAll(List.of(layer1, layer2, activationBox));
        return row;
    }

    private JPanel buttonRow() {
        JPanel row = row();
        for (int count : Controls.STEPS) {
            JButton button = new JButton(count == 1 ? "1 step" : count + " steps");
            button.addActionListener(e -> runSteps(count));
            stepButtons.add(button);
            row.add(button);
        }
        JButton same = new JButton("reset (same start)");
        same.addActionListener(e -> {
            model.resetSame();
            say(" ", false);
            refresh();
        });
        JButton fresh = new JButton("reset (new start)");
        fresh.addActionListener(e -> {
            model.resetNew();
            say("new start: seed " + model.seed(), false);
            refresh();
        });
        JButton save = new JButton("save weights…");
        save.addActionListener(e -> saveWeights());
        JButton keep = new JButton("save model…");
        keep.addActionListener(e -> saveModel());
        row.add(same);
        row.add(fresh);
        row.add(save);
        row.add(keep);
        loading.setForeground(Color.GRAY);
        if (!dl4jReady.isDone()) {
            row.add(loading);
        }
        controls.addAll(List.of(same, fresh, save, keep));
        newStart = fresh;
        return row;
    }

    private JButton newStart;

    private JPanel commandRow() {
        JPanel row = new JPanel(new BorderLayout(6, 0));
        row.add(new JLabel("the same run:"), BorderLayout.WEST);
        command.setEditable(false);
        command.setLineWrap(true);
        command.setWrapStyleWord(true);
        command.setBorder(BorderFactory.createLineBorder(Color.LIGHT_GRAY));
        command.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        row.add(command, BorderLayout.CENTER);
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, command.getPreferredSize().height + 4));
        return row;
    }

    private static JPanel row() {
        return new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2));
    }

    /** The settings' controls show the model's. */
    private void showSettings() {
        List<Integer> hidden = model.hidden();
        layer1.setValue(hidden.isEmpty() ? 0 : hidden.get(0));
        layer2.setValue(hidden.size() < 2 ? 0 : hidden.get(1));
        activationBox.setSelectedItem(model.activation().label());
        updater.show();
        featuresField.setText(String.join(",", model.data().features()));
        labelField.setText(model.data().label());
    }

    private void wire() {
        layer1.addChangeListener(e -> hiddenChanged());
        layer2.addChangeListener(e -> hiddenChanged());
        activationBox.addActionListener(e -> {
            HiddenActivation a = HiddenActivation.parse((String) activationBox.getSelectedItem());
            if (a != model.activation()) {
                model.setActivation(a);
                refresh();
            }
        });
    }

    private void hiddenChanged() {
        int first = (Integer) layer1.getValue();
        int second = (Integer) layer2.getValue();
        List<Integer> hidden = first == 0 ? List.of() : second == 0 ? List.of(first) : List.of(first, second);
        if (!hidden.equals(model.hidden())) {
            model.setHidden(hidden);
            updater.show();                                     // no hidden layer: no dropout either
            refresh();
        }
    }

    private void openCsv() {
        JFileChooser chooser = new JFileChooser(lastCsv != null ? lastCsv.getParent().toFile()
                : model.data().file().toAbsolutePath().getParent().toFile());
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        open(chooser.getSelectedFile().toPath());
    }

    /** What "Open CSV…" does with the chosen file: guesses its columns and trains on it, or says in one line why not. */
    void open(Path file) {
        try {
            List<String> guess = PlaygroundData.guessColumns(file);
            featuresField.setText(guess.get(0) + "," + guess.get(1));
            labelField.setText(guess.get(2));
        } catch (PlaygroundDataException e) {
            say(e.getMessage(), true);
            return;
        }
        lastCsv = file;
        useData(file, false);
    }

    /** Trains on {@code file} with the typed columns (or on the houses); a bad file is one line, the data stays. */
    private void useData(Path file, boolean toHouses) {
        try {
            PlaygroundData data = toHouses ? houses
                    : PlaygroundData.csv(file, Arrays.stream(featuresField.getText().split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList(), labelField.getText().strip());
            model.setData(data);
            say("training on " + data.describe(), false);
        } catch (PlaygroundDataException e) {
            say(e.getMessage(), true);
        }
        showSettings();
        refresh();
    }

    private void saveWeights() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File("weights.json"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        try {
            model.saveWeights(file);
            say("saved W and b of " + model.architecture() + " at step " + model.steps() + " to " + file
                    + " (classify --init " + file.getFileName() + " starts from them)", false);
        } catch (IOException | RuntimeException e) {
            say("save weights: cannot write " + file + ": " + e.getMessage(), true);
        }
    }

    /** Keeps the model in a folder the user picks, as {@code classify --save DIR}: {@code predict} scores with it. */
    private void saveModel() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setSelectedFile(new java.io.File("playground-model"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path folder = chooser.getSelectedFile().toPath();
        try {
            model.saveModel(folder);
            say("saved " + model.architecture() + " at step " + model.steps() + " in " + folder
                    + " (predict --model " + folder.getFileName() + " --data FILE.csv scores with it)", false);
        } catch (RuntimeException e) {
            say("save model: " + e.getMessage(), true);
        }
    }

    /** Steps the model on a worker thread; every control waits, disabled, until the maps are drawn. */
    private void runSteps(int count) {
        busy = true;
        enableControls();
        new SwingWorker<PlaygroundMaps, Void>() {
            @Override
            protected PlaygroundMaps doInBackground() {
                model.step(count);
                return maps();
            }

            @Override
            protected void done() {
                busy = false;
                try {
                    show(get());
                } catch (Exception e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    say("the step failed: " + cause.getMessage(), true);
                    refresh();
                }
                enableControls();
            }
        }.execute();
    }

    private void enableControls() {
        boolean ready = dl4jReady.isDone() && !dl4jReady.isCompletedExceptionally();
        for (JButton b : stepButtons) {
            b.setEnabled(ready && !busy);
        }
        for (JComponent c : controls) {
            c.setEnabled(!busy);
        }
        housesButton.setEnabled(!busy);
        layer2.setEnabled(!busy && (Integer) layer1.getValue() > 0);
        activationBox.setEnabled(!busy && !model.hidden().isEmpty());
        updater.enable(busy);
        newStart.setEnabled(!busy && !model.hidden().isEmpty());
    }

    private PlaygroundMaps maps() {
        return PlaygroundMaps.of(model, COLUMNS, ROWS);
    }

    /** Redraws everything from the model (on the event thread, or in a test). */
    void refresh() {
        show(maps());
        enableControls();
    }

    private void show(PlaygroundMaps maps) {
        if (model.divergence() != null) {
            say(model.divergence(), true);
        } else if (message.getText().startsWith("training diverged")) {
            say(" ", false);                                    // a later press, or a reset, went well
        }
        PlaygroundData data = model.data();
        dataLabel.setText(data.describe());
        architecture.setText("   " + model.architecture() + (model.hidden().isEmpty()
                ? "  (softmax regression, from zero)" : "  (start: seed " + model.seed() + ")"));
        double dl4jLoss = model.dl4jLoss();
        summary.setText(String.format(Locale.ROOT, "step %d · cross-entropy %s (hand-written), %s (DL4J) · %d of %d "
                + "right", model.steps(), ChartStyle.number(model.handLoss()),
                Double.isNaN(dl4jLoss) ? "–" : ChartStyle.number(dl4jLoss), model.correct(), data.raw().size()));
        twins.setText(ProofStatus.html(model, maps.largestGap()));
        twins.setForeground(model.stepProofFails() ? ChartStyle.BAD : Color.BLACK);
        command.setText(model.classifyCommand());
        command.setCaretPosition(0);

        Color[] colours = HeatColours.classColours(data.raw().classes());
        List<HeatMapPanel.Key> legend = new ArrayList<>();
        for (int k = 0; k < colours.length; k++) {
            legend.add(new HeatMapPanel.Key(colours[k], data.raw().classes().get(k)));
        }
        legend.add(new HeatMapPanel.Key(HeatColours.BOUNDARY, "boundary"));
        legend.add(new HeatMapPanel.Key(null, "shade: P of the winner (white: a tie)"));
        decision.show("Decision boundary after " + model.steps() + " steps (hand-written engine)",
                HeatColours.decision(maps.hand(), maps.columns(), maps.rows(), colours), maps.plane(),
                data.raw().features(), data.raw().labels(), colours, data.features(), legend);
        decision.repaint();
        units.showUnits(model, maps, colours);

        charts.removeAll();
        XYChart loss = PlaygroundCharts.loss(model.handLosses(), model.dl4jLosses(), model.handLoss());
        XYChart difference = PlaygroundCharts.difference(model.stepProofs(), model.differences(),
                model.stepBound());
        charts.add(Controls.panel(loss));
        charts.add(Controls.panel(difference));
        charts.revalidate();
        charts.repaint();
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.setForeground(error ? ChartStyle.BAD : Color.DARK_GRAY);
    }

    // read-outs for the tests

    JLabel twinsLabel() {
        return twins;
    }

    JLabel messageLabel() {
        return message;
    }

    String commandText() {
        return command.getText();
    }

    UpdaterControls updaterControls() {
        return updater;
    }

    HeatMapPanel decisionMap() {
        return decision;
    }

    JPanel unitsPanel() {
        return units;
    }

}
