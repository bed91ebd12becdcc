package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void numbersReadAsTheGuideWritesThem() {
        assertEquals("0.18", ChartStyle.number(1098.8 / 6104), "the average-price weight, 0.180");
        assertEquals("150", ChartStyle.number(150));
        assertEquals("0.05849", ChartStyle.number(0.058488), "least-squares weight to four significant digits");
        assertEquals("247.3", ChartStyle.number(247.263));
        assertEquals("2,058", ChartStyle.number(2057.73), "the guide's MSE \"2,058\"");
        assertEquals("-0.004", ChartStyle.number(-0.004));
        assertEquals("1e-17", ChartStyle.number(1e-17));
        assertEquals("2.5e7", ChartStyle.number(2.5e7 + 0.5));
    }

    @Test
    void levelNumbersHaveThreeSignificantDigits() {
        assertEquals("447", ChartStyle.shortNumber(447.29));
        assertEquals("10,400", ChartStyle.shortNumber(10_412.7));
        assertEquals("837,000", ChartStyle.shortNumber(837_218.0));
        assertEquals("1.2e6", ChartStyle.shortNumber(1_204_000.0));
    }
}
