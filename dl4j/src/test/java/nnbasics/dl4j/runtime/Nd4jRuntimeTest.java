package nnbasics.dl4j.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import nnbasics.dl4j.classification.SoftmaxModel;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The settings take effect through the project's own code, with no environment variable: building any network
 * leaves libnd4j with one OpenMP thread, one BLAS thread and one master thread (the machine has 2 cores, so the
 * defaults would be 2), and JavaCPP's resident-memory check off.
 */
class Nd4jRuntimeTest {

    @Test
    void buildingANetworkAppliesTheSettings() {
        assumeTrue(System.getenv("OMP_NUM_THREADS") == null, "a user's OMP_NUM_THREADS is left alone by design");
        SoftmaxModel.build(2, 2, LossFunction.MCXENT, 0.1);
        assertArrayEquals(new int[] {Nd4jRuntime.THREADS, Nd4jRuntime.THREADS, Nd4jRuntime.THREADS},
                Nd4jRuntime.threads(), "OpenMP, BLAS and master threads as libnd4j reports them");
        assertEquals("0", System.getProperty(Nd4jRuntime.MAX_PHYSICAL_BYTES), "set here or by the build's argLine");
    }
}
