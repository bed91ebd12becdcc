package nnbasics.dl4j.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nnbasics.dl4j.runtime.Nd4jRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** {@link JavaRows} reads the same values as ND4J's own {@code toDoubleMatrix()}, whatever the layout. */
class JavaRowsTest {

    @BeforeAll
    static void nd4j() {
        Nd4jRuntime.configure();
    }

    /** 0.1 · (i · 7 + k) + 1/3: values with all 53 bits in use, so a misplaced element cannot match by chance. */
    private static INDArray matrix(char order) {
        INDArray m = Nd4j.create(DataType.DOUBLE, new long[] {5, 7}, order);
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 7; k++) {
                m.putScalar(i, k, 0.1 * (i * 7 + k) + 1.0 / 3);
            }
        }
        return m;
    }

    @Test
    void cAndFOrderAndViewsReadAsToDoubleMatrix() {
        for (char order : new char[] {'c', 'f'}) {
            INDArray m = matrix(order);
            assertArrayEquals(m.toDoubleMatrix(), JavaRows.of(m), "order " + order);
            INDArray view = m.get(NDArrayIndex.interval(1, 4), NDArrayIndex.interval(2, 6));
            assertArrayEquals(view.toDoubleMatrix(), JavaRows.of(view), "a view, order " + order);
            assertArrayEquals(m.transpose().toDoubleMatrix(), JavaRows.of(m.transpose()), "transposed " + order);
        }
    }

    @Test
    void onlyDoubleMatrices() {
        assertThrows(IllegalArgumentException.class, () -> JavaRows.of(Nd4j.create(DataType.DOUBLE, 3)));
        assertThrows(IllegalArgumentException.class, () -> JavaRows.of(Nd4j.create(DataType.FLOAT, 2, 2)));
    }
}
