package org.mcuq.boards.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mcuq.boards.BoardException;
import org.mcuq.boards.Toolchain;

/** Symbol addresses and sizes of an ELF, from {@code arm-none-eabi-nm -S}. */
public final class SymbolTable {

    /** Address and size (0 when nm gives none) of a symbol. */
    public record Symbol(long address, long size) {
    }

    private final Map<String, Symbol> symbols;

    private SymbolTable(Map<String, Symbol> symbols) {
        this.symbols = symbols;
    }

    public static SymbolTable read(Toolchain toolchain, Path elf) {
        Path file = elf.toAbsolutePath();
        ProcessResult result = ProcessRunner.run(List.of(toolchain.armNm().toString(), "-S", file.toString()),
                file.getParent(), Duration.ofSeconds(30));
        if (!result.succeeded()) {
            throw new BoardException("arm-none-eabi-nm could not read " + elf + ": " + result.diagnostics());
        }
        return parse(result.stdout());
    }

    /** Lines "ADDRESS [SIZE] TYPE NAME"; undefined symbols (no address) are skipped. */
    static SymbolTable parse(String nmOutput) {
        Map<String, Symbol> symbols = new HashMap<>();
        for (String line : nmOutput.lines().toList()) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 4) {
                symbols.put(f[3], new Symbol(Long.parseLong(f[0], 16), Long.parseLong(f[1], 16)));
            } else if (f.length == 3 && !f[0].equals("U")) {
                symbols.put(f[2], new Symbol(Long.parseLong(f[0], 16), 0));
            }
        }
        return new SymbolTable(symbols);
    }

    public Optional<Symbol> find(String name) {
        return Optional.ofNullable(symbols.get(name));
    }
}
