package org.mcuq.rlquant.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mcuq.liteengine.quant.LayerBits;
import org.mcuq.rlquant.agent.BitConstraints;
import org.mcuq.rlquant.agent.BitRange;
import org.mcuq.rlquant.agent.BitWidthPolicy;
import org.mcuq.rlquant.agent.PolicyCosts;
import org.mcuq.rlquant.search.internal.EpisodeLog;
import org.mcuq.rlquant.search.internal.RandomPolicies;

/** The saved episode log and the random baseline's draws, which resuming relies on. */
class SearchStateTest {

    @TempDir
    Path dir;

    @Test
    void theEpisodeLogGivesBackEveryEpisodeExactly() throws Exception {
        Map<String, LayerBits> bits = new LinkedHashMap<>();
        bits.put("conv_1", new LayerBits(3, 8));
        bits.put("dense=out/2", new LayerBits(1, 2));
        List<EpisodeResult> episodes = List.of(
                new EpisodeResult(1, BitWidthPolicy.of(bits), 0.9812345678901234, new PolicyCosts(1, 2, 3),
                        -0.0876543219876, false),
                new EpisodeResult(2, BitWidthPolicy.of(bits), 0.1, new PolicyCosts(4_000_000_000L, 5, 6), -8.9,
                        true));
        Path file = dir.resolve("log.tsv");
        EpisodeLog.write(file, episodes);
        assertEquals(episodes, EpisodeLog.read(file));
        assertEquals(List.of(), EpisodeLog.read(dir.resolve("missing.tsv")));
    }

    @Test
    void aDamagedLogNamesTheLineAndTheFix() throws Exception {
        Path file = Files.writeString(dir.resolve("log.tsv"), "# header\n1\t0.5\tx\n");
        SearchException e = assertThrows(SearchException.class, () -> EpisodeLog.read(file));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("delete"), e.getMessage());
    }

    @Test
    void randomPoliciesStayInTheirRangesKeepLockedLayersAndRepeatFromTheSeed() throws Exception {
        var space = Lenet5Search.get().space;
        String first = space.layers().get(0).name();
        BitConstraints constraints = BitConstraints.defaults().withWeightRange(new BitRange(2, 4))
                .withActivationRange(new BitRange(3, 5)).withLocked(first, new LayerBits(8, 8));
        RandomPolicies a = new RandomPolicies(space, constraints, 11);
        RandomPolicies b = new RandomPolicies(space, constraints, 11);
        for (int i = 0; i < 50; i++) {
            BitWidthPolicy policy = a.next();
            assertEquals(policy, b.next());
            assertEquals(new LayerBits(8, 8), policy.bits(first));
            policy.asMap().forEach((layer, w) -> assertTrue(layer.equals(first) || (w.weightBits() >= 2
                    && w.weightBits() <= 4 && w.activationBits() >= 3 && w.activationBits() <= 5), w.toString()));
        }
    }
}
