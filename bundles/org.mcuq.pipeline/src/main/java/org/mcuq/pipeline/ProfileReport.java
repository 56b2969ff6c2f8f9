package org.mcuq.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.mcuq.boards.CycleModel;
import org.mcuq.boards.MemoryReport;
import org.mcuq.ir.io.AtomicFile;
import org.mcuq.pipeline.internal.ProfileFormat;
import org.mcuq.pipeline.internal.ProfileJson;

/**
 * What {@link Pipeline#profile} measured: the bit-exactness check of the run, a row per layer that executes code,
 * and the firmware's memory.
 *
 * @param run           the profiled run and its comparison with the integer reference
 * @param model         the cycle model of the cycle estimates (QEMU); empty when the cycles were measured on a
 *                      real board with the DWT cycle counter, where instructions are not counted
 * @param layers        layers with code, in execution order
 * @param memory        flash and static RAM of the firmware image, with the run's stack high-water
 * @param policyUpdated the policy file whose profile results were replaced, if any
 */
public record ProfileReport(RunReport run, Optional<CycleModel> model, List<ProfiledLayer> layers, MemoryReport memory,
        Optional<Path> policyUpdated) {

    public ProfileReport {
        layers = List.copyOf(layers);
    }

    /** Whether the layers' instructions were counted (QEMU); a real board measures cycles only. */
    public boolean instructionsCounted() {
        return model.isPresent();
    }

    public long totalMacs() {
        return layers.stream().mapToLong(ProfiledLayer::macs).sum();
    }

    /**
     * Sum over the layers; the whole-network region adds the output copy and the calls between layers. 0 when
     * instructions were not counted ({@link #instructionsCounted()}).
     */
    public long totalInstructions() {
        return layers.stream().mapToLong(ProfiledLayer::instructions).sum();
    }

    public long totalCycles() {
        return layers.stream().mapToLong(ProfiledLayer::cycles).sum();
    }

    /** Peak RAM of the firmware: .data + .bss (the arena among them) + the measured stack high-water. */
    public long peakRam() {
        return memory.peakRam().orElse(memory.ramReserved());
    }

    /** Flash of the firmware: code, weights and constants, vector table, initial values of .data. */
    public long flash() {
        return memory.flashUsed();
    }

    /** An aligned table with a totals row and the firmware's memory. */
    public String toText() {
        return ProfileFormat.text(this);
    }

    /** The same as JSON: {@code {"project", "board", ..., "layers": [...], "total": {...}}}. */
    public String toJson() {
        return ProfileJson.of(this);
    }

    /** Writes {@link #toJson()} to {@code file} atomically. */
    public void writeJson(Path file) throws IOException {
        AtomicFile.writeString(file, toJson() + "\n");
    }
}
