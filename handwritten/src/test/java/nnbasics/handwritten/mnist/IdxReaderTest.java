package nnbasics.handwritten.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The IDX reader on small files written here: the layout of LeCun's format description, then each kind of damage. */
class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsImagesAndLabelsByteForByte() throws IOException {
        Path images = IdxFiles.write(dir, "images", IdxFiles.images(2));
        Path labels = IdxFiles.write(dir, "labels", IdxFiles.labels(5, 0));

        IdxFile imageFile = IdxReader.images(images);
        assertArrayEquals(new int[] {2, 28, 28}, imageFile.dimensions(), "dimensions from the header");
        assertEquals(2, imageFile.count(), "count: the first dimension");
        // expected: pixel j of image i is (i + j) mod 256, as IdxFiles wrote it; read back as unsigned
        assertEquals(0, imageFile.unsigned(0), "image 0, pixel 0");
        assertEquals(255, imageFile.unsigned(255), "image 0, pixel 255: unsigned, not −1");
        assertEquals(1 + 300 % 256, imageFile.unsigned(784 + 300), "image 1, pixel 300");

        IdxFile labelFile = IdxReader.labels(labels);
        assertArrayEquals(new int[] {2}, labelFile.dimensions(), "labels: one dimension");
        assertEquals(5, labelFile.unsigned(0), "label 0");
        assertEquals(0, labelFile.unsigned(1), "label 1");
    }

    @Test
    void loadScalesPixelsToTheUnitInterval() throws IOException {
        MnistData data = MnistData.load(IdxFiles.write(dir, "images", IdxFiles.images(2)),
                IdxFiles.write(dir, "labels", IdxFiles.labels(7, 9)));
        assertEquals(2, data.count(), "count");
        assertArrayEquals(new int[] {7, 9}, data.labels(), "labels");
        // x = pixel / 255, the tutorial's scaling: these are the exact doubles of those divisions
        assertEquals(0.0, data.pixel(0, 0), 0.0, "pixel 0");
        assertEquals(1.0, data.pixel(0, 255), 0.0, "pixel 255 → 1");
        assertEquals(45 / 255.0, data.pixel(1, 300), 0.0, "image 1, pixel 300 = (1 + 300) mod 256 = 45");
    }

    @Test
    void badMagicNumberNamesBothNumbers() throws IOException {
        // a labels file where images are expected: the most likely mix-up
        Path file = IdxFiles.write(dir, "swapped", IdxFiles.labels(1, 2, 3));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.images(file));
        assertMessage(e, file, "bad magic number 0x00000801, expected 0x00000803");
    }

    @Test
    void gzippedFileIsRecognised() throws IOException {
        Path file = IdxFiles.write(dir, "images.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0});
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.images(file));
        assertMessage(e, file, "gunzip it first");
    }

    @Test
    void wrongImageSizeIsRejected() throws IOException {
        byte[] bytes = IdxFiles.idx(IdxReader.IMAGES_MAGIC, new int[] {2, 32, 32}, new byte[2 * 32 * 32]);
        Path file = IdxFiles.write(dir, "cifar-sized", bytes);
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.images(file));
        assertMessage(e, file, "wrong dimensions: expected images of 28×28, found 2 images of 32×32");
    }

    @Test
    void truncatedDataSaysHowManyBytesWereExpected() throws IOException {
        // the header announces 60000 images: 16 + 60000 · 784 = 47040016 bytes; the file stops after 1000
        byte[] header = IdxFiles.idx(IdxReader.IMAGES_MAGIC, new int[] {60000, 28, 28}, new byte[0]);
        Path file = IdxFiles.write(dir, "truncated", Arrays.copyOf(header, 1000));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.images(file));
        assertMessage(e, file, "expected 47040016 bytes for 60000 images of 28×28, found 1000 (truncated)");
        assertEquals(file, e.file(), "the exception names the file");
    }

    @Test
    void extraBytesAreRejectedToo() throws IOException {
        byte[] labels = IdxFiles.labels(1, 2, 3);
        Path file = IdxFiles.write(dir, "long", Arrays.copyOf(labels, labels.length + 1));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.labels(file));
        assertMessage(e, file, "expected 11 bytes for 3 labels, found 12 (extra bytes at the end)");
    }

    @Test
    void truncatedHeaderAndEmptyFile() throws IOException {
        byte[] header = IdxFiles.idx(IdxReader.IMAGES_MAGIC, new int[] {1, 28, 28}, new byte[0]);
        Path cut = IdxFiles.write(dir, "cut-header", Arrays.copyOf(header, 10));
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.images(cut)), cut,
                "truncated: expected a 16-byte header (3 sizes after the magic number), found a file of 10 bytes");
        Path empty = IdxFiles.write(dir, "empty", new byte[0]);
        assertMessage(assertThrows(IdxFormatException.class, () -> IdxReader.labels(empty)), empty,
                "truncated: expected a 8-byte header starting with the magic number 0x00000801, found a file of 0 bytes");
    }

    @Test
    void missingFileIsAnIoError() {
        Path file = dir.resolve("absent");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> IdxReader.labels(file));
        assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
    }

    @Test
    void loadChecksThatCountsAgreeAndLabelsAreDigits() throws IOException {
        Path images = IdxFiles.write(dir, "images", IdxFiles.images(2));
        Path three = IdxFiles.write(dir, "three-labels", IdxFiles.labels(1, 2, 3));
        assertMessage(assertThrows(IdxFormatException.class, () -> MnistData.load(images, three)), three,
                "expected 2 labels, one per image of");
        Path ten = IdxFiles.write(dir, "label-ten", IdxFiles.labels(1, 10));
        assertMessage(assertThrows(IdxFormatException.class, () -> MnistData.load(images, ten)), ten,
                "label 10 of image 1 is not a digit 0–9");
    }

    private static void assertMessage(IdxFormatException e, Path file, String expected) {
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), "message starts with the file: " + e.getMessage());
        assertTrue(e.getMessage().contains(expected), "message should contain «" + expected + "»: " + e.getMessage());
    }
}
