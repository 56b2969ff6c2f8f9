package org.mcuq.liteengine.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mcuq.boards.Board;
import org.mcuq.boards.FirmwareKit;
import org.mcuq.pipeline.BoardFirmware;

/**
 * Builds a test firmware image of several generated networks: a test {@code main.c} and every network's sources,
 * linked with the firmware kit written into the first network's folder, at -O2 with the boards' core flags and
 * LiteEngine's region markers. Used by the combined reference checks and the cost model's profiled images.
 */
public final class FirmwareImage {

    private FirmwareImage() {
    }

    /**
     * Writes {@code main.c} and the Makefile into {@code root} and runs make.
     *
     * @param appFlags extra compiler flags of main.c and the network sources
     * @return the linked firmware.elf
     */
    public static Path build(Board board, Path root, String main, List<GeneratedProject> projects, String appFlags) {
        write(root.resolve("main.c"), main);
        write(root.resolve("Makefile"), makefile(board, root, projects, appFlags));
        return Make.build(root);
    }

    private static String makefile(Board board, Path root, List<GeneratedProject> projects, String appFlags) {
        String kit = projects.get(0).prefix();
        List<String> app = new ArrayList<>(List.of("main.c"));
        projects.forEach(p -> p.networkSources().forEach(s -> app.add(root.relativize(s).toString())));
        List<String> kitSources = FirmwareKit.compilationUnits().stream().map(u -> kit + "/" + u).toList();
        String cpu = String.join(" ", BoardFirmware.target(board).coreFlags());
        return "CC = arm-none-eabi-gcc\nBASE = " + cpu + " -O2 " + String.join(" ", FirmwareKit.COMMON_FLAGS) + "\n"
                + "APP_OBJ = " + objects(app) + "\nKIT_OBJ = " + objects(kitSources) + "\n"
                + "firmware.elf: $(APP_OBJ) $(KIT_OBJ)\n\t$(CC) " + cpu + " -O2 "
                + String.join(" ", FirmwareKit.LINK_FLAGS) + " -T " + kit + "/mcuq.ld -o $@ $^\n"
                + "$(APP_OBJ): %.o: %.c\n\t$(CC) $(BASE) " + appFlags + " -DLITEENGINE_MARKERS -I" + kit
                + " -c -o $@ $<\n$(KIT_OBJ): %.o: %.c\n\t$(CC) $(BASE) -c -o $@ $<\n";
    }

    private static String objects(List<String> sources) {
        return String.join(" ", sources.stream().map(s -> s.substring(0, s.length() - 2) + ".o").toList());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
