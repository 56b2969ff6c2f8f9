package org.mcuq.rlquant.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A search checkpointed and resumed in a fresh agent continues exactly as if it had never stopped. */
class AgentCheckpointTest {

    private static final AgentConfig CONFIG = AgentReproducibilityTest.QUICK.withSeed(7);

    @TempDir
    Path dir;

    private static BitWidthAgent fresh(AgentConfig config) {
        return new BitWidthAgent(ToyProblem.space(), BitConstraints.defaults(), config);
    }

    @Test
    void resumedSearchEqualsUninterruptedSearch() throws IOException {
        BitWidthAgent uninterrupted = fresh(CONFIG);
        List<BitWidthPolicy> expected = ToyProblem.run(uninterrupted, 22);

        BitWidthAgent before = fresh(CONFIG);
        List<BitWidthPolicy> resumed = new ArrayList<>(ToyProblem.run(before, 12));
        before.checkpoint(dir.resolve("search.ckpt"));
        BitWidthAgent after = fresh(CONFIG);
        after.restore(dir.resolve("search.ckpt"));
        resumed.addAll(ToyProblem.run(after, 10));

        assertEquals(expected, resumed);
        assertEquals(uninterrupted.greedyPolicy(), after.greedyPolicy());
        assertEquals(uninterrupted.bestPolicy(), after.bestPolicy());
        assertEquals(22, after.episodeCount());
        uninterrupted.checkpoint(dir.resolve("a.ckpt"));
        after.checkpoint(dir.resolve("b.ckpt"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.ckpt")), Files.readAllBytes(dir.resolve("b.ckpt")),
                "every piece of state (networks, Adam, replay, noise, baseline, random generator) is the same");
    }

    @Test
    void checkpointReplacesTheFileWithoutLeavingTemporaries() throws IOException {
        BitWidthAgent agent = fresh(CONFIG);
        Path file = dir.resolve("search.ckpt");
        agent.checkpoint(file);
        ToyProblem.run(agent, 3);

        agent.checkpoint(file);

        BitWidthAgent restored = fresh(CONFIG);
        restored.restore(file);
        assertEquals(3, restored.episodeCount());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void checkpointOfAnotherSearchIsRefused() throws IOException {
        Path file = dir.resolve("search.ckpt");
        fresh(CONFIG).checkpoint(file);
        BitWidthAgent other = fresh(CONFIG.withSeed(8));

        var error = assertThrows(AgentCheckpointException.class, () -> other.restore(file));

        assertTrue(error.getMessage().contains("seed=7") && error.getMessage().contains("seed=8"),
                error.getMessage());
        assertEquals(0, other.episodeCount());
    }

    @Test
    void damagedCheckpointsAreRefused() throws IOException {
        Path file = dir.resolve("search.ckpt");
        BitWidthAgent agent = fresh(CONFIG);
        ToyProblem.run(agent, 2);
        agent.checkpoint(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a checkpoint");

        var truncated = assertThrows(AgentCheckpointException.class, () -> fresh(CONFIG).restore(file));
        var foreign = assertThrows(AgentCheckpointException.class, () -> fresh(CONFIG).restore(text));

        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());
        assertTrue(foreign.getMessage().contains("Not an MCUQ bit-width agent checkpoint"), foreign.getMessage());
    }

    @Test
    void checkpointNeedsAFinishedEpisode() {
        BitWidthAgent agent = fresh(CONFIG);
        agent.proposePolicy();

        assertThrows(IllegalStateException.class, () -> agent.checkpoint(dir.resolve("x.ckpt")));
    }
}
