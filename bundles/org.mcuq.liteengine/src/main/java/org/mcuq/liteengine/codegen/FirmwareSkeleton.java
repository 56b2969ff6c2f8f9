package org.mcuq.liteengine.codegen;

import java.util.List;
import java.util.Map;

/**
 * The board support a generated project builds with: startup code, the marker and output functions of the MCUQ
 * firmware contract ({@code mcuq.h}: {@code mcuq_mark}, {@code mcuq_output}), a linker script and the build flags
 * that go with them. LiteEngine does not ship its own: the org.mcuq.boards firmware kit provides one, adapted by
 * the caller, so that generated projects run exactly like every other MCUQ firmware.
 */
public interface FirmwareSkeleton {

    /** Files written into the project, by relative path; must include {@code mcuq.h}. */
    Map<String, byte[]> files();

    /** The C files among {@link #files()} to compile. */
    List<String> compilationUnits();

    /** The linker script among {@link #files()}. */
    String linkerScript();

    /** Compiler flags besides the core's, the optimisation level and the warnings (e.g. "-std=c11"). */
    List<String> compilerFlags();

    /** Linker flags besides the script and map (e.g. "-nostartfiles"). */
    List<String> linkerFlags();

    /** The command line that runs {@code firmware.elf} on the target (for "make run"), or empty for none. */
    String runCommand();
}
