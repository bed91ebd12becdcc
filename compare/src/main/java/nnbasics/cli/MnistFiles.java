package nnbasics.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.mnist.MnistSplits;
import nnbasics.dl4j.mnist.MnistFormatException;
import nnbasics.handwritten.mnist.IdxFormatException;
import nnbasics.handwritten.mnist.MnistData;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The MNIST files as {@code mnist} and {@code mnist-sweep} read them: present before any work, read by each engine,
 * and every problem one line that says how to fetch them again.
 */
final class MnistFiles {

    private MnistFiles() {
    }

    /** Checks that the four IDX files are in {@code data}, before any work: one line saying how to fetch them. */
    static void require(Path data) {
        for (String name : List.of(MnistData.TRAIN_IMAGES, MnistData.TRAIN_LABELS, MnistData.TEST_IMAGES,
                MnistData.TEST_LABELS)) {
            Path file = data.resolve(name);
            if (!Files.exists(file)) {
                throw new UserError("no MNIST data: " + file + " is missing; run data/mnist/fetch");
            }
            if (Files.isDirectory(file)) {
                throw new UserError("no MNIST data: " + file + " is a folder, expected the IDX file (remove the folder "
                        + "and run data/mnist/fetch)");
            }
            if (!Files.isRegularFile(file)) {
                throw new UserError("no MNIST data: " + file + " is not a regular file, expected the IDX file (a "
                        + "device or a pipe cannot be read twice, once per engine)");
            }
            if (!Files.isReadable(file)) {
                throw new UserError("no MNIST data: " + file + " cannot be read (permission denied); give yourself "
                        + "read permission, e.g. chmod u+r " + file);
            }
        }
    }

    /**
     * Reads the files for the engines that run and checks that a mini-batch of {@code batch} fits the training
     * images.
     */
    static MnistSplits load(Path data, EngineChoice engine, DataType dl4jType, int batch) {
        MnistSplits splits;
        try {
            splits = MnistSplits.load(data, engine, dl4jType);
        } catch (IdxFormatException | MnistFormatException e) {
            throw new UserError(e.getMessage() + " (run data/mnist/fetch to fetch the files again)");
        }
        if (batch > splits.trainCount()) {
            throw new UserError("--batch " + batch + ": expected at most " + splits.trainCount() + ", the number of "
                    + "training images in " + data);
        }
        return splits;
    }
}
