package nnbasics.compare.guide;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks through the guide in order with both engines: each section's numbers, console text, pictures (written into
 * the output folder) and twin difference.
 */
public final class Guide {

    private Guide() {
    }

    /**
     * Runs every section.
     *
     * @param data    the guide's data
     * @param out     the folder for pictures (must exist)
     * @param printed receives each section as soon as it is done, for the console
     * @return the sections in order
     */
    public static List<Section> run(GuideData data, Path out, Consumer<Section> printed) {
        Pictures pictures = new Pictures(out);
        RegressionPages regression = new RegressionPages(data, pictures);
        ClassificationPages classification = new ClassificationPages(pictures);
        List<Section> sections = new ArrayList<>();
        Consumer<Section> add = section -> {
            sections.add(section);
            printed.accept(section);
        };
        add.accept(regression.oneWeight());
        add.accept(regression.errorTable());
        add.accept(regression.weightAndBias());
        add.accept(regression.automation(RegressionSections.WIDGET_STEPS));
        add.accept(regression.twoVariables(RegressionSections.WIDGET_STEPS));
        add.accept(regression.features(RegressionSections.STANDARDISED_STEPS));
        add.accept(classification.softmax());
        ClassificationSections.Classifier crossEntropy =
                ClassificationSections.classifier(data, ClassificationSections.CLASSIFIER_STEPS);
        add.accept(classification.classifier(crossEntropy));
        add.accept(classification.notebook(
                ClassificationSections.notebook(data, ClassificationSections.NOTEBOOK_STEPS), crossEntropy));
        return sections;
    }
}
