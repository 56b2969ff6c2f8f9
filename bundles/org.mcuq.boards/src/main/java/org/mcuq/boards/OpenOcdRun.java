package org.mcuq.boards;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a firmware run on a real board through OpenOCD produced.
 *
 * @param board          the board
 * @param exitCode       the firmware's exit code (OpenOCD exits with it on SYS_EXIT_EXTENDED)
 * @param console        the firmware's console text, without the protocol and cycle records
 * @param outputs        complete, CRC-checked binary results by name
 * @param outputProblems results that arrived incomplete or corrupt
 * @param stackHighWater stack bytes used (after main returned)
 * @param stackSize      stack bytes usable (after main returned)
 * @param fault          the unhandled exception that ended the run, if any
 * @param cycles         the DWT cycles per region the firmware measured
 * @param wallTime       how long OpenOCD ran (flashing included)
 */
public record OpenOcdRun(OpenOcdBoard board, int exitCode, List<String> console, Map<String, byte[]> outputs,
        Map<String, String> outputProblems, OptionalLong stackHighWater, OptionalLong stackSize, Optional<Fault> fault,
        CycleCounts cycles,
        Duration wallTime) {

    public OpenOcdRun {
        console = List.copyOf(console);
        outputs = Map.copyOf(outputs);
        outputProblems = Map.copyOf(outputProblems);
    }

    /** The same as the result of any firmware run: no QEMU profile, the DWT cycles instead. */
    public RunResult toRunResult() {
        return new RunResult(board, exitCode, console, outputs, outputProblems, stackHighWater, stackSize, fault,
                Optional.empty(), wallTime, Optional.of(cycles));
    }
}
