package org.mcuq.boards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real board that OpenOCD flashes and runs over SWD/JTAG, named on the command line as
 * {@code openocd:CONFIG[,core=m3|m4|m7][,flash=SIZE][,ram=SIZE][,flash-origin=ADDR][,ram-origin=ADDR]}, e.g.
 * {@code openocd:board/st_nucleo_f4.cfg}. CONFIG is an OpenOCD configuration script (from OpenOCD's scripts folder
 * or a path). For the configurations in {@link #PRESETS} the core and memory are known; any other needs core,
 * flash and ram. Origins default to the STM32 map (flash 0x08000000, RAM 0x20000000); sizes take K or M suffixes.
 *
 * @param config the OpenOCD configuration script, passed as {@code -f}
 * @param core   the board's core (compiler flags)
 * @param memory the flash and RAM firmware may use (linker script)
 */
public record OpenOcdBoard(String config, Core core, MemoryMap memory) implements TargetBoard {

    public static final String PREFIX = "openocd:";

    /** Boards whose OpenOCD scripts ship with OpenOCD 0.12; memory is that of the smallest part the script covers. */
    public static final Map<String, OpenOcdBoard> PRESETS = presets();

    /** The values of the {@code core=} option. */
    private static final Map<String, Core> CORES = Map.of("m3", Core.CORTEX_M3, "m4", Core.CORTEX_M4F, "m7",
            Core.CORTEX_M7);

    private static final long FLASH = 0x0800_0000L;
    private static final long RAM = 0x2000_0000L;

    /** The board an {@code openocd:...} name stands for; the error says what is missing and shows the syntax. */
    public static OpenOcdBoard parse(String name) {
        if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            throw new BoardException("'" + name + "' is not an OpenOCD board; write " + PREFIX
                    + "CONFIG[,core=m4][,flash=512K][,ram=96K], e.g. " + PREFIX + "board/st_nucleo_f4.cfg");
        }
        String[] parts = name.substring(PREFIX.length()).split(",");
        Map<String, String> options = options(name, parts);
        OpenOcdBoard preset = PRESETS.get(parts[0]);
        if (preset == null && !options.keySet().containsAll(java.util.List.of("core", "flash", "ram"))) {
            throw new BoardException("OpenOCD configuration '" + parts[0] + "' is not one MCUQ knows ("
                    + String.join(", ", PRESETS.keySet()) + "); give its core and memory, e.g. " + PREFIX + parts[0]
                    + ",core=m4,flash=512K,ram=128K");
        }
        return new OpenOcdBoard(parts[0], core(options, preset), memory(options, preset));
    }

    /** The board's name as {@link #parse} reads it (without core and memory options). */
    @Override
    public String id() {
        return PREFIX + config;
    }

    /** The name with every option that differs from the preset, so that {@link #parse} gives this board back. */
    @Override
    public String fullId() {
        if (equals(PRESETS.get(config))) {
            return id();
        }
        String core = CORES.entrySet().stream().filter(e -> e.getValue() == core()).findFirst().orElseThrow()
                .getKey();
        return String.format("%s,core=%s,flash=0x%x,ram=0x%x,flash-origin=0x%08x,ram-origin=0x%08x", id(), core,
                memory.flash().length(), memory.ram().length(), memory.flash().origin(), memory.ram().origin());
    }

    private static Map<String, String> options(String name, String[] parts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals <= 0) {
                throw new BoardException("'" + parts[i] + "' in board '" + name + "' is not KEY=VALUE (core, flash,"
                        + " ram, flash-origin, ram-origin)");
            }
            options.put(parts[i].substring(0, equals).strip(), parts[i].substring(equals + 1).strip());
        }
        return options;
    }

    private static Core core(Map<String, String> options, OpenOcdBoard preset) {
        String core = options.get("core");
        if (core == null) {
            return preset.core();
        }
        Core known = CORES.get(core);
        if (known == null) {
            throw new BoardException("Unknown core '" + core + "' for an OpenOCD board; choose m3, m4 or m7");
        }
        return known;
    }

    private static MemoryMap memory(Map<String, String> options, OpenOcdBoard preset) {
        MemoryMap base = preset == null ? MemoryMap.of(FLASH, 1, RAM, 1) : preset.memory();
        return MemoryMap.of(number(options, "flash-origin", base.flash().origin()),
                number(options, "flash", base.flash().length()), number(options, "ram-origin", base.ram().origin()),
                number(options, "ram", base.ram().length()));
    }

    /** Decimal bytes, 0x hex, or with a K/M suffix. */
    private static long number(Map<String, String> options, String key, long fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            String upper = text.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("0X")) {
                return Long.parseLong(upper.substring(2), 16);
            }
            long scale = upper.endsWith("K") ? 1024 : upper.endsWith("M") ? 1024 * 1024 : 1;
            return Long.parseLong(scale == 1 ? upper : upper.substring(0, upper.length() - 1)) * scale;
        } catch (NumberFormatException e) {
            throw new BoardException("'" + key + "=" + text + "' is not a size or address (e.g. 512K, 1M, 0x08000000)",
                    e);
        }
    }

    private static Map<String, OpenOcdBoard> presets() {
        Map<String, OpenOcdBoard> presets = new LinkedHashMap<>();
        preset(presets, "board/st_nucleo_f4.cfg", Core.CORTEX_M4F, 512 << 10, 96 << 10);
        preset(presets, "board/stm32f4discovery.cfg", Core.CORTEX_M4F, 1 << 20, 128 << 10);
        preset(presets, "board/stm32f429discovery.cfg", Core.CORTEX_M4F, 2 << 20, 192 << 10);
        preset(presets, "board/st_nucleo_l4.cfg", Core.CORTEX_M4F, 1 << 20, 96 << 10);
        preset(presets, "board/st_nucleo_f7.cfg", Core.CORTEX_M7, 1 << 20, 320 << 10);
        preset(presets, "board/st_nucleo_f103rb.cfg", Core.CORTEX_M3, 128 << 10, 20 << 10);
        return java.util.Collections.unmodifiableMap(presets);
    }

    private static void preset(Map<String, OpenOcdBoard> presets, String config, Core core, long flash, long ram) {
        presets.put(config, new OpenOcdBoard(config, core, MemoryMap.of(FLASH, flash, RAM, ram)));
    }
}
