package nnbasics.explore;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.SoftmaxBarsChart;
import org.knowm.xchart.CategoryChart;

/**
 * Panel 4, softmax: a text field for any list of logits and one slider per logit, bound to a {@link LogitsModel};
 * the probabilities as bars, updated on every keystroke and every slider change.
 */
public final class SoftmaxView extends JPanel {

    private final LogitsModel model;
    private final JTextField text = new JTextField(24);
    private final JLabel problem = new JLabel(" ");
    private final JPanel sliders = new JPanel();
    private final List<Controls.DialSlider> dials = new ArrayList<>();
    private final CategoryChart chart;
    private final ChartPanel<CategoryChart> chartPanel;
    private boolean typing;

    public SoftmaxView(LogitsModel model) {
        super(new BorderLayout());
        this.model = model;
        chart = SoftmaxBarsChart.chart(model.logits(), model.probabilities());
        chartPanel = Controls.panel(chart);
        text.setText(model.text());
        text.setFont(Controls.VALUE_FONT);
        problem.setForeground(Color.RED.darker());
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                typed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                typed();
            }
        });
        JPanel entry = new JPanel(new BorderLayout(8, 0));
        entry.add(new JLabel("logits z (any count, e.g. 1, 2, 4):"), BorderLayout.WEST);
        entry.add(text, BorderLayout.CENTER);
        entry.add(problem, BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.add(entry, BorderLayout.NORTH);
        top.add(sliders, BorderLayout.CENTER);
        add(Controls.padded(top), BorderLayout.NORTH);
        add(chartPanel, BorderLayout.CENTER);
        rebuildSliders();
        refresh();
    }

    private void typed() {
        try {
            int before = model.logits().length;
            model.parse(text.getText());
            problem.setText(" ");
            typing = true;
            if (model.logits().length != before) {
                rebuildSliders();
            }
            refresh();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        } finally {
            typing = false;
        }
    }

    private void rebuildSliders() {
        sliders.removeAll();
        dials.clear();
        double[] z = model.logits();
        sliders.setLayout(new GridLayout(0, Math.min(5, z.length), 8, 0));
        for (int i = 0; i < z.length; i++) {
            int index = i;
            Controls.DialSlider dial = new Controls.DialSlider(
                    new Dial("z" + (i + 1), LogitsModel.LOGIT.min(), LogitsModel.LOGIT.max(), LogitsModel.LOGIT.step()),
                    z[i], v -> {
                        model.set(index, v);
                        text.setText(model.text()); // the field follows the slider (typed() re-parses the same values)
                    });
            dials.add(dial);
            sliders.add(dial);
        }
        sliders.revalidate();
    }

    void refresh() {
        double[] z = model.logits();
        double[] p = model.probabilities();
        for (int i = 0; i < dials.size() && i < z.length; i++) {
            dials.get(i).show(z[i]);
        }
        SoftmaxBarsChart.update(chart, p);
        StringBuilder title = new StringBuilder("softmax([");
        for (int i = 0; i < z.length; i++) {
            title.append(i == 0 ? "" : ", ").append(ChartStyle.number(z[i]).replace('-', '−'));
        }
        chart.setTitle(title.append("])").toString());
        chartPanel.repaint();
    }

    JTextField field() {
        return text;
    }
}
