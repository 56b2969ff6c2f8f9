package org.mcuq.boards;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a firmware run produced.
 *
 * @param board the board it ran on
 * @param exitCode the firmware's exit code (main's return value; 128 + exception number after a fault)
 * @param console console text lines that are not part of the "@mcuq" protocol
 * @param outputs complete, CRC-checked binary results by name
 * @param outputProblems results that arrived incomplete or corrupt, by name, with what is wrong
 * @param stackHighWater bytes of stack used, measured by stack painting (empty if main did not return)
 * @param stackSize bytes usable for the stack: the reserve less the startup's 32-byte guard
 * @param fault the unhandled processor exception, if one ended the run
 * @param profile per-region counts, when the run was profiled (QEMU)
 * @param wallTime how long QEMU (or OpenOCD, flashing included) ran
 * @param cycles per-region cycles the firmware measured itself with the DWT counter (real boards)
 */
public record RunResult(TargetBoard board, int exitCode, List<String> console, Map<String, byte[]> outputs,
        Map<String, String> outputProblems, OptionalLong stackHighWater, OptionalLong stackSize,
        Optional<Fault> fault, Optional<Profile> profile, Duration wallTime, Optional<CycleCounts> cycles) {

    public RunResult {
        console = List.copyOf(console);
        outputs = Map.copyOf(outputs);
        outputProblems = Map.copyOf(outputProblems);
    }

    /** The named binary result; the error says whether it was missing, incomplete or corrupt. */
    public byte[] output(String name) {
        byte[] data = outputs.get(name);
        if (data != null) {
            return data.clone();
        }
        String problem = outputProblems.get(name);
        throw new BoardException("The firmware's output '" + name + "' on " + board.id() + " "
                + (problem != null ? problem : "was never sent (mcuq_output(\"" + name + "\", ...) not called; "
                        + "outputs sent: " + outputs.keySet() + ")")
                + failureContext());
    }

    /** This result, or an error with the console tail if the firmware faulted or exited with another code. */
    public RunResult requireExitCode(int expected) {
        if (exitCode != expected || fault.isPresent()) {
            throw new BoardException("The firmware on " + board.id() + " exited with code " + exitCode
                    + " (expected " + expected + ")" + failureContext());
        }
        return this;
    }

    /** The profile; an error if the run was not profiled. */
    public Profile requireProfile() {
        return profile.orElseThrow(() -> new BoardException(
                "This run on " + board.id() + " was not profiled; use RunOptions.withProfiling(true)"));
    }

    /** The DWT cycles; an error if the firmware did not measure them. */
    public CycleCounts requireCycles() {
        return cycles.orElseThrow(() -> new BoardException("This run on " + board.id() + " has no DWT cycle"
                + " report; real boards run the cycle-counting firmware (FirmwareBuilder.cycleCounter)"));
    }

    private String failureContext() {
        String faultText = fault.map(f -> "; it faulted: " + f).orElse("");
        List<String> tail = console.subList(Math.max(0, console.size() - 10), console.size());
        return faultText + (tail.isEmpty() ? "; the console is empty" : "; last console lines:\n  "
                + String.join("\n  ", tail));
    }
}
