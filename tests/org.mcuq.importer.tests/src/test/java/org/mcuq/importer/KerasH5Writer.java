package org.mcuq.importer;

import static org.bytedeco.hdf5.global.hdf5.H5F_ACC_TRUNC;
import static org.bytedeco.hdf5.global.hdf5.H5S_SCALAR;
import static org.bytedeco.hdf5.global.hdf5.H5T_VARIABLE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

/**
 * Writes HDF5 files laid out like tf.keras 2.x {@code model.save("x.h5")}: string attributes on the root (model
 * configuration JSON, Keras version, backend), float32 weights under {@code model_weights/<layer>/<layer>/<param>:0}
 * and the {@code weight_names}/{@code layer_names} lists. Lets the tests build Keras models without TensorFlow.
 * HDF5 is not thread-safe: every native object is freed here, under DL4J's HDF5 lock, rather than left to JavaCPP's
 * garbage-collection thread.
 */
final class KerasH5Writer implements AutoCloseable {

    private final H5File file;
    private final Map<String, Group> groups = new HashMap<>();
    private final Map<String, List<String>> weightNames = new LinkedHashMap<>();

    KerasH5Writer(Path path) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            file = new H5File(path.toString(), H5F_ACC_TRUNC());
        }
    }

    /** A variable-length string attribute on the root group, as h5py writes Python strings. */
    KerasH5Writer rootAttribute(String name, String value) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            stringAttribute(file, name, value);
        }
        return this;
    }

    /** A string attribute on the group {@code path} (created if needed), e.g. {@code model_weights}. */
    KerasH5Writer groupAttribute(String path, String name, String value) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            stringAttribute(group(path), name, value);
        }
        return this;
    }

    /** The weight {@code param} (e.g. "kernel", "bias") of {@code layer}, row-major with the given shape. */
    KerasH5Writer weight(String layer, String param, long[] shape, float[] values) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            try (DataSpace space = new DataSpace(shape.length, shape);
                    DataSet dataSet = group("model_weights/" + layer + "/" + layer).createDataSet(param + ":0",
                            PredType.NATIVE_FLOAT(), space);
                    FloatPointer data = new FloatPointer(values)) {
                dataSet.write(data, PredType.NATIVE_FLOAT());
            }
        }
        weightNames.computeIfAbsent(layer, l -> new ArrayList<>()).add(layer + "/" + param + ":0");
        return this;
    }

    @Override
    public void close() {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            weightNames.forEach((layer, names) -> stringArrayAttribute(group("model_weights/" + layer),
                    "weight_names", names));
            if (!weightNames.isEmpty()) {
                stringArrayAttribute(group("model_weights"), "layer_names", List.copyOf(weightNames.keySet()));
            }
            groups.values().forEach(Group::close);
            file.close();
        }
    }

    private Group group(String path) {
        Group existing = groups.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        Group parent = slash < 0 ? file : group(path.substring(0, slash));
        Group created = parent.createGroup(path.substring(slash + 1));
        groups.put(path, created);
        return created;
    }

    private static void stringAttribute(Group owner, String name, String value) {
        try (StrType type = new StrType(PredType.C_S1(), H5T_VARIABLE());
                DataSpace scalar = new DataSpace(H5S_SCALAR);
                Attribute attribute = owner.createAttribute(name, type, scalar)) {
            attribute.write(type, value);
        }
    }

    /** Fixed-length, null-padded string array attribute, as h5py stores lists of byte strings. */
    private static void stringArrayAttribute(Group owner, String name, List<String> values) {
        int width = values.stream().mapToInt(String::length).max().orElse(1);
        byte[] packed = new byte[width * values.size()];
        for (int i = 0; i < values.size(); i++) {
            byte[] value = values.get(i).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(value, 0, packed, i * width, value.length);
        }
        try (StrType type = new StrType(PredType.C_S1(), width);
                DataSpace space = new DataSpace(1, new long[] {values.size()});
                Attribute attribute = owner.createAttribute(name, type, space);
                BytePointer data = new BytePointer(packed)) {
            attribute.write(type, data);
        }
    }
}
