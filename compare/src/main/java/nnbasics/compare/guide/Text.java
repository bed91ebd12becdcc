package nnbasics.compare.guide;

import java.util.Locale;
import nnbasics.compare.Difference;

/** Small formatting helpers for the guide's console tables. */
final class Text {

    private Text() {
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** A twin difference as the console shows it: its value, tensor and step. */
    static String difference(Difference d) {
        return d.value() == 0.0 ? "0 (bit-for-bit equal)" : d.describe();
    }
}
