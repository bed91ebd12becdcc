package nnbasics.guide;

import static nnbasics.guide.Text.f;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nnbasics.compare.Difference;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.HiddenUnitsChart;
import nnbasics.guide.HiddenLayerSections.HiddenRun;

/**
 * Section 10.4, accuracy against the number of hidden units: every width's houses, losses and proof, and the
 * section's proof (the width nearest its step bound, the width whose trajectory parts furthest).
 */
final class HiddenSweepPage {

    private final Pictures pictures;

    HiddenSweepPage(Pictures pictures) {
        this.pictures = pictures;
    }

    Section section(List<HiddenRun> runs) {
        StringBuilder console = new StringBuilder(f("  %6s  %-24s  %10s  %10s  %10s  %10s%n", "hidden", "network",
                "right hand", "right DL4J", "loss hand", "loss DL4J"));
        StringBuilder proofs = new StringBuilder(f("  %6s  %-25s  %-8s  %-25s  %-8s  %s%n", "hidden", "step proof",
                "bound", "trajectory", "bound", "one-ulp control"));
        StringBuilder words = new StringBuilder();
        int[] units = new int[runs.size()];
        int[] hand = new int[runs.size()];
        int[] dl4j = new int[runs.size()];
        // the section's step proof: the width whose step proof is the largest share of its bound (all share one
        // bound here), so the section agrees exactly when every width does; its trajectory: the width whose
        // trajectory parts furthest, with that width's bound and control; each named by its width
        TwinProof held = null;
        TwinProof furthest = null;
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            HiddenRun r = runs.get(i);
            TwinProof p = r.proof();
            int steps = r.run().steps();
            units[i] = r.hidden();
            hand[i] = r.handRight();
            dl4j[i] = r.dl4jRight();
            String width = " (" + r.hidden() + " units)";
            if (held == null || p.step().value() / p.stepBound() > held.step().value() / held.stepBound()
                    || Double.isNaN(p.step().value())) {
                held = new TwinProof(named(p.step(), width), p.stepBound(), held == null ? null : held.trajectory(),
                        held == null ? null : held.trajectoryBound(), held == null ? null : held.control());
            }
            if (furthest == null || p.trajectory().value() > furthest.trajectory().value()
                    || Double.isNaN(p.trajectory().value())) {
                furthest = new TwinProof(Difference.NONE, p.stepBound(), named(p.trajectory(), width),
                        p.trajectoryBound(), named(p.control(), width));
            }
            console.append(f("  %6d  %-24s  %7d/%-2d  %7d/%-2d  %10.6f  %10.6f%n", r.hidden(),
                    r.architecture(), r.handRight(), r.houses(), r.dl4jRight(), r.houses(),
                    r.run().trace().handLoss()[steps], r.run().trace().dl4jLoss()[steps]));
            proofs.append(f("  %6d  %-25s  %-8s  %-25s  %-8s  %s%n", r.hidden(), compact(p.step()),
                    Text.bound(p.stepBound()), compact(p.trajectory()),
                    p.trajectoryBound() == null ? "none" : Text.bound(p.trajectoryBound()), compact(p.control())));
            words.append(Text.wrap(f("  %d unit%s: %s", r.hidden(), r.hidden() == 1 ? "" : "s", ProofWords.inWords(p)), "    "));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("hidden", r.hidden());
            row.put("architecture", r.architecture());
            row.put("housesRightHand", r.handRight());
            row.put("housesRightDl4j", r.dl4jRight());
            row.put("finalLossHand", r.run().trace().handLoss()[steps]);
            row.put("finalLossDl4j", r.run().trace().dl4jLoss()[steps]);
            Report.putProof(row, p);
            rows.add(row);
        }
        TwinProof section = new TwinProof(held.step(), held.stepBound(), furthest.trajectory(),
                furthest.trajectoryBound(), furthest.control());
        int houses = runs.get(0).houses();
        List<String> unbounded = runs.stream().filter(r -> r.trajectoryBound() == null)
                .map(r -> Integer.toString(r.hidden())).toList();
        console.append(f("  each %,d steps at rate %s from seed %d, standardised; 0 hidden units is softmax "
                        + "regression%n%n", runs.get(0).run().steps(), ChartStyle.number(HiddenLayerSections.RATE),
                HiddenLayerSections.SEED));
        console.append(proofs);
        console.append(f("  step proof: at every step the hand-written engine steps from DL4J's state and is compared "
                + "with DL4J's%n    step, held to max(1e-12, 2n x 2^-53) (n: the terms of one update's chain of sums, at most "
                + "%d here)%n  trajectory: the two engines running free from the same start; its bound is "
                + "max(1e-10, 100 x control)%n    where that stays within 1e-5, none where the training magnifies "
                + "rounding further%n  one-ulp control: the hand-written engine against itself, every start weight "
                + "of W1 one ulp up%n", sumTerms(runs)));
        console.append(words);
        Figure figure = pictures.chart("14-hidden-units", HiddenUnitsChart.chart(units, hand, dl4j, houses,
                        "Section 10.4: houses classified right against the hidden units"),
                "Training accuracy on the ten houses for 0 (softmax regression) to 8 tanh hidden units, both "
                        + "engines.");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("steps", runs.get(0).run().steps());
        figures.put("rate", HiddenLayerSections.RATE);
        figures.put("seed", HiddenLayerSections.SEED);
        figures.put("houses", houses);
        figures.put("networks", rows);
        String widths = String.join(", ", runs.stream().map(r -> Integer.toString(r.hidden())).toList());
        HiddenRun none = runs.get(0);
        HiddenRun all = runs.stream().filter(r -> r.hidden() > 0 && r.handRight() == r.houses()
                && r.dl4jRight() == r.houses()).findFirst().orElse(null);
        return new Section("10.4", "Accuracy against the number of hidden units",
                "The sequel's last chart, on the houses: the same training with " + widths + " tanh units. "
                        + "With " + none.hidden() + " the network is section 7's softmax regression, whose "
                        + "straight boundary gets " + none.handRight() + " of the " + none.houses() + " houses; "
                        + (all == null ? "no width tried gets all of them"
                        : "with " + all.hidden() + " hidden unit" + (all.hidden() == 1 ? "" : "s")
                        + ", the fewest tried, the bent boundary gets all " + all.houses() + " on both engines")
                        + " (training accuracy: ten houses leave none to test on)."
                        + " Every width is held to the step proof: at every step, from DL4J's state, the "
                        + "hand-written engine's step is within " + Report.people(Text.bound(section.stepBound()))
                        + " of DL4J's. Beside it, the two engines running free"
                        + (unbounded.isEmpty() ? ", with the one-ulp control that says how far the training "
                        + "magnifies rounding."
                        : ": with " + String.join(" and ", unbounded) + " units they part as far as one ulp of "
                        + "the start carries the hand-written engine against itself, so no trajectory bound "
                        + "exists there; the step proof holds all the same."),
                console.toString(), figures, section, List.of(figure));
    }

    /** The most terms one entry of any width's update sums: the houses, or the widest layer's inputs + 1. */
    private static long sumTerms(List<HiddenRun> runs) {
        long n = 0;
        for (HiddenRun r : runs) {
            int[] sizes = {GuideData.FEATURES.size(), r.hidden(), r.classes().size()};
            n = Math.max(n, nnbasics.compare.network.NetworkTwins.sumTerms(r.houses(), sizes));
        }
        return n;
    }

    /** "1.58e-15 (b1, step 1787)", for the table; "0 (bit-for-bit)" when equal. */
    private static String compact(Difference d) {
        if (d.value() == 0.0) {
            return "0 (bit-for-bit)";
        }
        return Difference.format(d.value()) + " (" + d.tensor() + ", step " + d.step() + ")";
    }

    /** The difference with the network's width in its tensor's name, so that a section's row says which run. */
    private static Difference named(Difference d, String width) {
        return new Difference(d.value(), d.tensor() + width, d.step());
    }
}
