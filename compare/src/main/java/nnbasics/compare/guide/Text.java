package nnbasics.compare.guide;

import java.util.Locale;

/** Small formatting helpers for the guide's console tables. */
final class Text {

    private Text() {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A relative difference as the console shows it. */
    static String difference(double d) {
        return d == 0.0 ? "0 (bit-for-bit equal)" : f("%.2e", d);
    }
}
