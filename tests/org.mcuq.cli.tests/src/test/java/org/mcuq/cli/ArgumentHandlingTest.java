package org.mcuq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments of generate and run: exit code 2, the reason and the usage, and nothing written. */
class ArgumentHandlingTest {

    @TempDir
    static Path dir;

    @Test
    void helpListsGenerateAndRun() {
        CliRun run = CliRun.mcuq("--help");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("generate") && run.out().contains("run "), run::toString);
        CliRun usage = CliRun.mcuq("generate", "--help");
        assertTrue(usage.out().contains("--bits W,A") && usage.out().contains("--core m4|m7|m3"), usage::toString);
    }

    static Stream<Arguments> usageErrors() {
        String model = CliRun.model();
        String out = dir.resolve("out").toString();
        return Stream.of(
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--policy", model, "--core", "m4", "--out",
                        out), "either --policy or --bits, not both"),
                Arguments.of(List.of("generate", model, "--core", "m4", "--out", out),
                        "missing --policy FILE.mcuq or --bits W,A"),
                Arguments.of(List.of("generate", model, "--bits", "9,8", "--core", "m4", "--out", out),
                        "weight bits must be a whole number from 1 to 8"),
                Arguments.of(List.of("generate", model, "--bits", "8,0", "--core", "m4", "--out", out),
                        "activation bits must be a whole number from 1 to 8"),
                Arguments.of(List.of("generate", model, "--bits", "8", "--core", "m4", "--out", out), "as W,A"),
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--core", "m5", "--out", out),
                        "unknown core 'm5'; choose one of m4|m7|m3"),
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--core", "m4"), "missing --out"),
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--out", out), "missing --core"),
                Arguments.of(List.of("generate", "--bits", "8,8", "--core", "m4", "--out", out), "missing MODEL"),
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--core", "m4", "--out", out, "--data",
                        dir.resolve("none").toString()), "calibration data"),
                Arguments.of(List.of("generate", model, "--bits", "8,8", "--core", "m4", "--out", out, "--fast"),
                        "unknown option --fast"),
                Arguments.of(List.of("run", dir.toString(), "--board", "qemu-m5"),
                        "unknown board 'qemu-m5'; choose one of qemu-m4|qemu-m7|qemu-m3|qemu-stm32f405"),
                Arguments.of(List.of("run", dir.toString()), "missing --board"),
                Arguments.of(List.of("run", dir.resolve("none").toString(), "--board", "qemu-m4"),
                        "does not exist or is not a folder"),
                Arguments.of(List.of("run", dir.toString(), "--board", "qemu-m4", "--input", "x.idx#two"),
                        "non-negative integer"),
                Arguments.of(List.of("quantize", model, "--board", "qemu-m4", "--out", out), "missing --data"),
                Arguments.of(List.of("quantize", model, "--data", dir.resolve("none").toString(), "--board",
                        "qemu-m4", "--out", out), "is not a folder"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--episodes", "many"), "--episodes takes a non-negative whole number"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--ram-budget", "-3"), "--ram-budget takes a non-negative whole number"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--first-last-bits", "8"), "as W,A"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--episodes", "0"), "--episodes must be at least 1"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--bit-range", "4,2"), "--bit-range takes the narrowest and widest bits as MIN,MAX"),
                Arguments.of(List.of("quantize", model, "--data", dir.toString(), "--board", "qemu-m4", "--out", out,
                        "--baselines", "random,int8"), "--baselines takes 'random', 'uniform'"));
    }

    @ParameterizedTest
    @MethodSource("usageErrors")
    void aUsageErrorExitsWithCode2AndTheReason(List<String> args, String reason) throws Exception {
        CliRun run = CliRun.mcuq(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(run.err().contains(reason), run::toString);
        assertTrue(run.err().contains("usage: mcuq " + args.get(0)), run::toString);
        assertTrue(!Files.exists(dir.resolve("out")), "nothing is generated");
    }
}
