package nnbasics.charts;

import java.util.List;

/** Argument checks shared by the charts; each message names the argument that was wrong. */
final class Check {

    private Check() {
    }

    /** Non-empty, every value finite. */
    static void finite(String name, double[] values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException(name + " is empty: nothing to draw");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i] + ": only finite values can be drawn");
            }
        }
    }

    static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " is " + value + ": only finite values can be drawn");
        }
    }

    static void sameLength(String firstName, int first, String secondName, int second) {
        if (first != second) {
            throw new IllegalArgumentException(firstName + " has " + first + " values but " + secondName + " has " + second);
        }
    }

    static void sameLength(String firstName, double[] first, String secondName, double[] second) {
        sameLength(firstName, first.length, secondName, second.length);
    }

    static void sameSize(String firstName, List<?> first, String secondName, int second) {
        sameLength(firstName, first.size(), secondName, second);
    }

    /** Strictly increasing (a grid axis). */
    static void increasing(String name, double[] values) {
        finite(name, values);
        for (int i = 1; i < values.length; i++) {
            if (!(values[i] > values[i - 1])) {
                throw new IllegalArgumentException(name + " must increase: " + name + "[" + i + "] = " + values[i]
                        + " follows " + values[i - 1]);
            }
        }
    }
}
