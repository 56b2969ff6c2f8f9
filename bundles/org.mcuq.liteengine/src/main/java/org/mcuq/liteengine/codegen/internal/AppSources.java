package org.mcuq.liteengine.codegen.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.mcuq.liteengine.codegen.Target;

/** Emits the test application around a network: {@code main.c}, {@code <prefix>_input.c} and the Makefile. */
public final class AppSources {

    private final NetworkSources network;
    private final String networkName;
    private final String prefix;

    public AppSources(NetworkSources network, String networkName, String prefix) {
        this.network = network;
        this.networkName = networkName;
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String main() {
        return common(Template.load("main.c")).render();
    }

    public String input(byte[] packedInput, String inputDoc) {
        return common(Template.load("input.c")).with("INPUT_DOC", inputDoc).with("BYTES",
                CArrays.hexBytes(packedInput)).render();
    }

    public String makefile(Target target) {
        String run = target.firmware().runCommand();
        return common(Template.load("Makefile")).with("CORE", target.core().displayName())
                .with("RUN_NOTE", run.isBlank() ? " (no run command for this target)" : ": " + run)
                .with("CPU_FLAGS", String.join(" ", target.coreFlags()))
                .with("COMPILE_FLAGS", flags(target.firmware().compilerFlags(), "-ffunction-sections",
                        "-fdata-sections"))
                .with("LINK_FLAGS", flags(target.firmware().linkerFlags(), "-Wl,--gc-sections"))
                .with("LINKER_SCRIPT", target.firmware().linkerScript())
                .with("KIT_SOURCES", String.join(" ", target.firmware().compilationUnits()))
                .with("RUN", run.isBlank() ? "@echo 'No run command for this target'" : run).render();
    }

    /** The skeleton's flags plus those the generated code relies on, each once. */
    private static String flags(List<String> skeleton, String... required) {
        Set<String> all = new LinkedHashSet<>(skeleton);
        all.addAll(List.of(required));
        return String.join(" ", all);
    }

    private Template common(Template t) {
        return t.with("NETWORK", networkName).with("PREFIX", prefix).with("MACRO", network.macro());
    }
}
