package org.mcuq.boards;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Locates the external programs MCUQ needs: the Arm cross toolchain, qemu-system-arm and the host C compiler
 * (for the profiler plugin). A missing program is reported with the command that installs it.
 */
public final class Toolchain {

    /** System property with extra directories (path-separator list) searched before PATH. */
    public static final String PATH_PROPERTY = "mcuq.toolchain.path";

    static final String ARM_INSTALL =
            "sudo apt-get install -y --no-install-recommends gcc-arm-none-eabi libnewlib-arm-none-eabi";
    static final String QEMU_INSTALL = "sudo apt-get install -y --no-install-recommends qemu-system-arm";
    static final String OPENOCD_INSTALL = "sudo apt-get install -y --no-install-recommends openocd";
    static final String HOST_GCC_INSTALL = "sudo apt-get install -y --no-install-recommends gcc libc6-dev";

    private final List<Path> searchPath;

    private Toolchain(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** Searches the directories of {@value #PATH_PROPERTY}, then PATH. */
    public static Toolchain fromEnvironment() {
        List<Path> directories = new ArrayList<>(split(System.getProperty(PATH_PROPERTY, "")));
        directories.addAll(split(System.getenv().getOrDefault("PATH", "")));
        return new Toolchain(directories);
    }

    /** Searches exactly the given directories. */
    public static Toolchain searching(List<Path> directories) {
        return new Toolchain(directories);
    }

    public Path armGcc() {
        return find("arm-none-eabi-gcc", "the Arm cross compiler", ARM_INSTALL);
    }

    public Path armObjdump() {
        return find("arm-none-eabi-objdump", "the Arm binutils", ARM_INSTALL);
    }

    public Path armNm() {
        return find("arm-none-eabi-nm", "the Arm binutils", ARM_INSTALL);
    }

    public Path qemu() {
        return find("qemu-system-arm", "the Arm system emulator", QEMU_INSTALL);
    }

    /** The host C compiler that builds the QEMU profiler plugin. */
    public Path hostGcc() {
        return find("gcc", "the host C compiler (builds the QEMU profiler plugin)", HOST_GCC_INSTALL);
    }

    /** OpenOCD, which flashes and runs firmware on real boards over SWD/JTAG. */
    public Path openocd() {
        return find("openocd", "the on-chip debugger for real boards", OPENOCD_INSTALL);
    }

    private Path find(String program, String role, String installCommand) {
        for (Path directory : searchPath) {
            Path candidate = directory.resolve(program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new BoardException(program + " (" + role + ") was not found in " + describeSearchPath()
                + ". Install it with: " + installCommand);
    }

    private String describeSearchPath() {
        return searchPath.isEmpty() ? "an empty search path" : "the search path " + searchPath;
    }

    private static List<Path> split(String pathList) {
        List<Path> directories = new ArrayList<>();
        for (String entry : pathList.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                directories.add(Path.of(entry));
            }
        }
        return directories;
    }
}
