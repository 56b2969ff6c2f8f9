package org.mcuq.boards;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Collectors;

import org.mcuq.boards.internal.ProcessResult;
import org.mcuq.boards.internal.ProcessRunner;
import org.mcuq.boards.internal.SectionHeaders;

/**
 * Flash and RAM use of a linked firmware against its board, from the ELF section headers.
 *
 * @param board the board the firmware was linked for
 * @param sections the allocated sections (code, constants, data, bss, stack)
 * @param flashUsed bytes of flash: code, read-only data, vector table and the initial values of .data
 * @param staticRam bytes of RAM for .data and .bss
 * @param stackReserved bytes of RAM reserved for the stack by the linker script
 * @param stackHighWater bytes of stack actually used in a run (stack painting), if measured
 */
public record MemoryReport(TargetBoard board, List<Section> sections, long flashUsed, long staticRam,
        long stackReserved, OptionalLong stackHighWater) {

    /**
     * One allocated ELF section.
     *
     * @param loaded whether the section has contents in the image (false for .bss and .stack)
     */
    public record Section(String name, long size, long address, long loadAddress, boolean loaded) {
    }

    /** How far a region is exceeded. */
    public record Overflow(MemoryRegion region, long needed) {

        public long excess() {
            return needed - region.length();
        }

        @Override
        public String toString() {
            return String.format("%s needs %,d bytes but the board has %,d (over by %,d bytes)", region.name(),
                    needed, region.length(), excess());
        }
    }

    public MemoryReport {
        sections = List.copyOf(sections);
    }

    /** Classifies the sections by the board's regions; a section outside both regions is an error. */
    public static MemoryReport of(TargetBoard board, List<Section> sections) {
        MemoryMap map = board.memory();
        long flash = 0;
        long ram = 0;
        long stack = 0;
        for (Section s : sections) {
            boolean inFlash = s.loaded() && map.flash().contains(s.loadAddress());
            boolean inRam = map.ram().contains(s.address());
            requirePlaced(board, s, inFlash || inRam || s.size() == 0);
            flash += inFlash ? s.size() : 0;
            stack += inRam && s.name().equals(".stack") ? s.size() : 0;
            ram += inRam && !s.name().equals(".stack") ? s.size() : 0;
        }
        return new MemoryReport(board, sections, flash, ram, stack, OptionalLong.empty());
    }

    /** The report of a linked image (e.g. built with make), from {@code arm-none-eabi-objdump -h}. */
    public static MemoryReport read(TargetBoard board, Path elf, Toolchain toolchain) {
        Path file = elf.toAbsolutePath();
        ProcessResult result = ProcessRunner.run(List.of(toolchain.armObjdump().toString(), "-h", file.toString()),
                file.getParent(), Duration.ofMinutes(1));
        if (!result.succeeded()) {
            throw new BoardException("arm-none-eabi-objdump could not read " + elf + ": " + result.diagnostics());
        }
        return of(board, SectionHeaders.parse(result.stdout()));
    }

    private static void requirePlaced(TargetBoard board, Section s, boolean placed) {
        if (!placed) {
            throw new BoardException(String.format("Section %s (%,d bytes at 0x%08x) lies outside the flash and RAM "
                    + "of %s (%s; %s); place it in a region of the MCUQ linker script", s.name(), s.size(),
                    s.address(), board.id(), board.memory().flash(), board.memory().ram()));
        }
    }

    public MemoryReport withStackHighWater(long bytes) {
        return new MemoryReport(board, sections, flashUsed, staticRam, stackReserved, OptionalLong.of(bytes));
    }

    /** RAM the firmware claims: .data + .bss + the reserved stack. */
    public long ramReserved() {
        return staticRam + stackReserved;
    }

    /** RAM actually needed: .data + .bss + stack high-water (once measured). */
    public OptionalLong peakRam() {
        return stackHighWater.isPresent() ? OptionalLong.of(staticRam + stackHighWater.getAsLong())
                : OptionalLong.empty();
    }

    public long sectionSize(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).mapToLong(Section::size).sum();
    }

    public List<Overflow> overflows() {
        List<Overflow> overflows = new ArrayList<>();
        if (flashUsed > board.memory().flash().length()) {
            overflows.add(new Overflow(board.memory().flash(), flashUsed));
        }
        if (ramReserved() > board.memory().ram().length()) {
            overflows.add(new Overflow(board.memory().ram(), ramReserved()));
        }
        return overflows;
    }

    public boolean fits() {
        return overflows().isEmpty();
    }

    /** A multi-line report; it starts with what overflows, if anything does. */
    public String describe() {
        List<Overflow> overflows = overflows();
        String headline = overflows.isEmpty() ? "Firmware fits " + board.id()
                : "Firmware does not fit " + board.id() + ": " + overflows.stream().map(Overflow::toString)
                        .collect(Collectors.joining("; ")) + ". Shrink the code or weights, or choose a board "
                        + "with more memory";
        return headline + "\n" + String.format("  flash: %,d of %,d bytes (%s)%n", flashUsed,
                board.memory().flash().length(), sectionList(true))
                + String.format("  RAM:   %,d of %,d bytes = static %,d (%s) + stack %,d reserved", ramReserved(),
                        board.memory().ram().length(), staticRam, sectionList(false), stackReserved)
                + (stackHighWater.isPresent() ? String.format("%n  stack high-water %,d bytes, peak RAM %,d bytes",
                        stackHighWater.getAsLong(), peakRam().getAsLong()) : "");
    }

    private String sectionList(boolean flash) {
        return sections.stream()
                .filter(s -> flash ? s.loaded() && board.memory().flash().contains(s.loadAddress())
                        : board.memory().ram().contains(s.address()) && !s.name().equals(".stack"))
                .filter(s -> s.size() > 0)
                .map(s -> String.format("%s %,d", s.name(), s.size())).collect(Collectors.joining(", "));
    }
}
