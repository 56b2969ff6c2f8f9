package org.mcuq.liteengine.memory;

/** Scratch RAM of one layer's kernel: arena bytes {@code [offset, offset + bytes)} during step {@code step}. */
public record ScratchPlacement(String layer, int step, int offset, int bytes) {

    public int end() {
        return offset + bytes;
    }
}
