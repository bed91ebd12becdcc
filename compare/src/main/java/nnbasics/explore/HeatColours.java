package nnbasics.explore;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import nnbasics.charts.ChartStyle;
import nnbasics.handwritten.network.Activation;

/**
 * The colours of the playground's heat maps, one pixel per grid cell (row 0 on top).
 *
 * <pre>
 * decision map   the class with the largest P, its colour mixed into white by s = (P_max − 1/K)/(1 − 1/K)
 *                (white where the classes tie, full colour where one is certain); cells whose winner differs
 *                from a neighbour's are drawn dark: the decision boundary
 * unit map       v = a scaled to [−1, 1]: tanh a, sigmoid 2a − 1, relu a / max a over the map, identity a / max |a|;
 *                purple for −1, white for 0, orange for +1
 * </pre>
 */
final class HeatColours {

    /** The negative end of a unit's scale. */
    static final Color NEGATIVE = new Color(0x5e3c99);
    /** The positive end of a unit's scale. */
    static final Color POSITIVE = new Color(0xe66101);
    /** Classes without a colour of their own: distinct hues, the first ones blue, orange, green. */
    private static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf), new Color(0xbcbd22)};
    /** The decision boundary. */
    static final Color BOUNDARY = new Color(0x333333);
    /** How much of the class colour is mixed in where a class is certain (leaving the points readable). */
    private static final double FULL = 0.7;

    private HeatColours() {
    }

    /** The colour of class k: good green, bad red (as the guide's charts), else the charts' sequence. */
    static Color classColour(String name, int k) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "good" -> ChartStyle.GOOD;
            case "bad" -> ChartStyle.BAD;
            default -> PALETTE[k % PALETTE.length];
        };
    }

    /** The colours of the classes, in order. */
    static Color[] classColours(List<String> classes) {
        Color[] colours = new Color[classes.size()];
        for (int k = 0; k < colours.length; k++) {
            colours[k] = classColour(classes.get(k), k);
        }
        return colours;
    }

    /** The decision map: p [cell][class], cell = r·columns + c. */
    static BufferedImage decision(double[][] p, int columns, int rows, Color[] colours) {
        int k = colours.length;
        int[] winner = new int[p.length];
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < k; c++) {
                best = p[i][c] > p[i][best] ? c : best;
            }
            winner[i] = best;
            double s = (p[i][best] - 1.0 / k) / (1 - 1.0 / k);     // s = (P_max − 1/K)/(1 − 1/K)
            image.setRGB(i % columns, i / columns, mix(Color.WHITE, colours[best], FULL * s).getRGB());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                boolean edge = (c + 1 < columns && winner[i + 1] != winner[i])
                        || (r + 1 < rows && winner[i + columns] != winner[i]);
                if (edge) {
                    image.setRGB(c, r, BOUNDARY.getRGB());
                }
            }
        }
        return image;
    }

    /** A unit's map: its activation a at every cell, coloured on the scale of f. */
    static BufferedImage unit(double[] a, int columns, int rows, Activation f) {
        double largest = 0;
        for (double v : a) {
            largest = Math.max(largest, Math.abs(v));
        }
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < a.length; i++) {
            double v = switch (f) {
                case TANH -> a[i];
                case SIGMOID -> 2 * a[i] - 1;
                case RELU, IDENTITY -> largest == 0 ? 0 : a[i] / largest;
            };
            v = Math.max(-1, Math.min(1, v));
            Color colour = v < 0 ? mix(Color.WHITE, NEGATIVE, -v) : mix(Color.WHITE, POSITIVE, v);
            image.setRGB(i % columns, i / columns, colour.getRGB());
        }
        return image;
    }

    /** What the ends of a unit's scale mean, for the legend. */
    static String[] scale(Activation f) {
        return switch (f) {
            case TANH -> new String[] {"−1", "0", "+1"};
            case SIGMOID -> new String[] {"0", "½", "1"};
            case RELU -> new String[] {"", "0", "max"};
            case IDENTITY -> new String[] {"−max", "0", "+max"};
        };
    }

    /** (1 − t)·a + t·b per channel. */
    static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(a.getRed() + u * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + u * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + u * (b.getBlue() - a.getBlue())));
    }
}
