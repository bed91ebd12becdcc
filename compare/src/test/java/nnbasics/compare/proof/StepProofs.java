package nnbasics.compare.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.Engine;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.StepObserver;
import nnbasics.compare.StepRecord;
import nnbasics.compare.Tensor;
import nnbasics.compare.TwinDifference;

/** The step proof of a plain copy against a DL4J engine, kept update by update, and split by tensor. */
final class StepProofs {

    private StepProofs() {
    }

    /**
     * A lock-step run ({@link LockStep#run}), every update's step proof in order.
     *
     * @param updates    the step proof of update 1, 2, …: {@code updates.get(k)} is update k + 1
     * @param dl4jStates DL4J's parameters (flat, {@link Tensor#flat}) before update 1, 2, …
     * @param result     the run's outcome
     */
    record Run(List<Difference> updates, List<double[]> dl4jStates, LockStepResult result) {

        /** The first update whose step proof exceeds the bound, if any. */
        Optional<Difference> firstAbove(double bound) {
            return updates.stream().filter(d -> d.exceeds(bound)).findFirst();
        }

        /** The largest step proof of the run, with its tensor and update. */
        Difference worst() {
            return result.stepProof();
        }
    }

    /** Runs {@code plain} against {@code dl4j} for {@code steps} updates. */
    static Run run(Engine plain, Engine dl4j, int steps) {
        List<Difference> updates = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        StepObserver keep = (StepRecord record) -> {
            if (record.step() < steps) {
                updates.add(record.stepProof());
                states.add(record.dl4jParameters());
            }
        };
        LockStepResult result = LockStep.run(plain, dl4j, steps, DivergenceGuard.none(), keep);
        return new Run(updates, states, result);
    }

    /**
     * The step proof of update 1 tensor by tensor: the same comparison as {@link LockStep}'s (loss and outputs at
     * DL4J's start θ_d, parameters after one step from it), with the same scales — a metric that has first measured
     * the whole update, as LockStep's does — but one tensor at a time: every other tensor of the plain side is
     * replaced by DL4J's own, so that it differs by 0 and leaves the scales as they are. Steps {@code dl4j} once.
     *
     * @return d(T) for every tensor T, in the order of the comparison: loss, parameters, outputs
     */
    static Map<String, Double> firstUpdateByTensor(Engine plain, Engine dl4j) {
        List<Tensor> start = dl4j.parameters();
        List<Tensor> dl4jOutputs = dl4j.outputs();
        Engine shadow = plain.startingFrom(start);
        List<Tensor> shadowOutputs = shadow.outputs();
        double shadowLoss = shadow.step(0);
        double dl4jLoss = dl4j.step(0);
        List<Tensor> mine = compared(shadowLoss, shadow.parameters(), shadowOutputs);
        List<Tensor> theirs = compared(dl4jLoss, dl4j.parameters(), dl4jOutputs);
        TwinDifference metric = new TwinDifference();
        metric.at(1, mine, theirs);                      // the scales of update 1, as LockStep's metric has them
        Map<String, Double> byTensor = new LinkedHashMap<>();
        for (int t = 0; t < mine.size(); t++) {
            List<Tensor> onlyThis = new ArrayList<>(theirs);
            onlyThis.set(t, mine.get(t));
            byTensor.put(mine.get(t).name(), metric.at(1, onlyThis, theirs).value());
        }
        return byTensor;
    }

    /** The tensors one update compares, in LockStep's order (StepRecord.compared is not public). */
    private static List<Tensor> compared(double loss, List<Tensor> parameters, List<Tensor> outputs) {
        List<Tensor> all = new ArrayList<>();
        all.add(Tensor.scalar(Tensor.LOSS, loss));
        all.addAll(parameters);
        all.addAll(outputs);
        return all;
    }
}
