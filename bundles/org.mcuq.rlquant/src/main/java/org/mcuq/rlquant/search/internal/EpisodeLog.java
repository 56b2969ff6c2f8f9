package org.mcuq.rlquant.search.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mcuq.ir.io.AtomicFile;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.PolicyCosts;
import org.mcuq.rlquant.search.EpisodeResult;
import org.mcuq.rlquant.search.SearchException;

/**
 * The episodes of a search as a tab-separated text file, rewritten atomically after every episode so a resumed
 * search knows every result: {@code episode accuracy reward cached latency ram flash layer=W/A,...}.
 */
public final class EpisodeLog {

    private static final String HEADER = "# episode\taccuracy\treward\tcached\tlatency_cycles\tram_bytes\tflash_bytes"
            + "\tpolicy";

    private EpisodeLog() {
    }

    public static void write(Path file, List<EpisodeResult> episodes) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (EpisodeResult e : episodes) {
            text.append(String.format(Locale.ROOT, "%d\t%.17g\t%.17g\t%b\t%d\t%d\t%d\t%s%n", e.episode(),
                    e.accuracy(), e.reward(), e.cached(), e.costs().latencyCycles(), e.costs().ramBytes(),
                    e.costs().flashBytes(), policyText(e.policy())));
        }
        AtomicFile.writeString(file, text.toString());
    }

    /** The episodes in {@code file}, or none if it does not exist. */
    public static List<EpisodeResult> read(Path file) throws IOException {
        List<EpisodeResult> episodes = new ArrayList<>();
        if (!Files.exists(file)) {
            return episodes;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i).startsWith("#")) {
                episodes.add(parse(file, i + 1, lines.get(i)));
            }
        }
        return episodes;
    }

    private static EpisodeResult parse(Path file, int lineNumber, String line) {
        String[] f = line.split("\t");
        try {
            if (f.length != 8) {
                throw new IllegalArgumentException("expected 8 tab-separated fields, found " + f.length);
            }
            PolicyCosts costs = new PolicyCosts(Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]));
            return new EpisodeResult(Integer.parseInt(f[0]), parsePolicy(f[7]), Double.parseDouble(f[1]), costs,
                    Double.parseDouble(f[2]), Boolean.parseBoolean(f[3]));
        } catch (IllegalArgumentException e) {
            throw new SearchException("Search log " + file + ", line " + lineNumber + " is damaged (" + e.getMessage()
                    + "); delete the search folder's checkpoint files to start afresh.", e);
        }
    }

    private static String policyText(BitWidthPolicy policy) {
        StringBuilder text = new StringBuilder();
        policy.asMap().forEach((layer, bits) -> text.append(text.isEmpty() ? "" : ",").append(layer).append('=')
                .append(bits.weightBits()).append('/').append(bits.activationBits()));
        return text.toString();
    }

    private static BitWidthPolicy parsePolicy(String text) {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        for (String entry : text.split(",")) {
            int eq = entry.lastIndexOf('=');
            int slash = entry.lastIndexOf('/');
            if (eq <= 0 || slash < eq) {
                throw new IllegalArgumentException("policy entry '" + entry + "' is not layer=W/A");
            }
            bits.put(entry.substring(0, eq), new LayerBits(Integer.parseInt(entry.substring(eq + 1, slash)),
                    Integer.parseInt(entry.substring(slash + 1))));
        }
        return BitWidthPolicy.of(bits);
    }
}
