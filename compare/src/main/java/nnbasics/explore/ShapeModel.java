package nnbasics.explore;

import nnbasics.charts.NetworkDiagram;

/** Panel 5, the network-shape explorer (guide section 7): features and classes, each 1 … 10, and the network drawn. */
public final class ShapeModel {

    public static final int MIN = 1;
    public static final int MAX = 10;

    private int features = 2;
    private int classes = 2;

    public void setFeatures(int features) {
        this.features = check("features", features);
    }

    public void setClasses(int classes) {
        this.classes = check("classes", classes);
    }

    public int features() {
        return features;
    }

    public int classes() {
        return classes;
    }

    /** n·k weights + k biases. */
    public int parameterCount() {
        return features * classes + classes;
    }

    public NetworkDiagram diagram() {
        return NetworkDiagram.of(features, classes);
    }

    private static int check(String name, int value) {
        if (value < MIN || value > MAX) {
            throw new IllegalArgumentException(name + " must be " + MIN + " … " + MAX + ", was " + value);
        }
        return value;
    }
}
