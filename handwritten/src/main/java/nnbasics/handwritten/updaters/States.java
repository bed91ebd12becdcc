package nnbasics.handwritten.updaters;

import java.util.LinkedHashMap;
import java.util.Map;

/** Copies state arrays in and out of the updaters, checking names and lengths. */
final class States {

    private States() {
    }

    /** @return a new ordered map of copies: names[k] → arrays[k] */
    static Map<String, double[]> copyOut(String[] names, double[]... arrays) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < names.length; k++) {
            out.put(names[k], arrays[k].clone());
        }
        return out;
    }

    /** Copies state[names[k]] into targets[k], after checking that the names match exactly and the lengths fit. */
    static void copyIn(Map<String, double[]> state, String[] names, double[]... targets) {
        if (state.size() != names.length || !state.keySet().containsAll(java.util.List.of(names))) {
            throw new IllegalArgumentException("the state must hold exactly " + java.util.List.of(names) + ", got "
                    + state.keySet());
        }
        for (int k = 0; k < names.length; k++) {
            Updater.checkLength(state.get(names[k]), targets[k].length, "state " + names[k]);
        }
        for (int k = 0; k < names.length; k++) {
            System.arraycopy(state.get(names[k]), 0, targets[k], 0, targets[k].length);
        }
    }

    static void checkIteration(int iteration) {
        if (iteration < 0) {
            throw new IllegalArgumentException("the iteration must be 0 or more, got " + iteration);
        }
    }
}
