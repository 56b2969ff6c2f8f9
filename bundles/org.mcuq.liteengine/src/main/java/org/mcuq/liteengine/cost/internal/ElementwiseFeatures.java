package org.mcuq.liteengine.cost.internal;

/**
 * Run-time features of the element-wise kernels. A scaled sum (add, stand-alone ReLU) reads each input element,
 * multiplies it into an int64 sum, rounds, clamps and stores; when every tensor has the same 1, 2 or 4 bits it
 * works a byte at a time. An unfolded batch-norm reads, multiplies, requantizes and stores each element.
 */
final class ElementwiseFeatures {

    private ElementwiseFeatures() {
    }

    static void scaledSum(KernelSetup s, Features f) {
        long elements = s.outputShape().elements();
        int bits = s.output().bits();
        boolean byteWise = bits < 8 && 8 % bits == 0 && elements % (8 / bits) == 0
                && s.inputs().stream().allMatch(in -> in.bits() == bits);
        String path = byteWise ? "bytes" : "elements";
        f.add("ss.layer", "k" + s.inputs().size(), 1);
        f.add("ss.elem", path + ".b" + bits, elements);
        for (TensorFormat in : s.inputs()) {
            f.add("ss.term", path + "." + in.tag(), elements);
        }
        if (byteWise) {
            f.add("ss.byte", "k" + s.inputs().size(), elements / (8 / bits));
        }
    }

    static void affine(KernelSetup s, Features f) {
        long elements = s.outputShape().elements();
        f.add("af.layer", 1).add("af.pixel", elements / s.outputShape().channels());
        f.add("af.elem", s.requantTag(), elements).add("af.read", s.input().tag(), elements);
        f.add("af.put", "b" + s.output().bits(), elements);
    }
}
