package org.mcuq.pipeline.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.mcuq.data.IdxArray;
import org.mcuq.data.IdxFile;
import org.mcuq.data.PixelScaling;
import org.mcuq.ir.Shape;
import org.mcuq.pipeline.InputFileException;

/** The images of an IDX file (raw or gzip) whose image shape matches the model's input; HWC, one byte a pixel. */
record IdxImages(Path file, IdxArray array) {

    static IdxImages read(Path file, Shape shape) {
        IdxArray array;
        try {
            array = IdxFile.read(file);
        } catch (IOException e) {
            throw new InputFileException("Cannot read the IDX file " + file + ": " + e.getMessage(), e);
        }
        int[] dims = array.dims();
        if (dims.length < 3) {
            throw new InputFileException(file + " is an IDX file of " + dims.length + " dimension(s) (labels?),"
                    + " not images; give an image file with dimensions count x height x width [x channels].");
        }
        Shape images = new Shape(dims[1], dims[2], dims.length == 4 ? dims[3] : 1);
        if (!images.equals(shape)) {
            throw new InputFileException(file + " holds " + images + " images but the model takes " + shape
                    + " inputs; give images of the model's input shape.");
        }
        return new IdxImages(file, array);
    }

    int count() {
        return array.records();
    }

    float[] image(int index, PixelScaling scaling) {
        if (index >= count()) {
            throw new InputFileException(String.format("%s#%d: the file holds %,d images, numbered 0..%d.",
                    file, index, count(), count() - 1));
        }
        int size = array.recordSize();
        byte[] data = array.data();
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = scaling.apply(data[index * size + i] & 0xFF);
        }
        return values;
    }
}
