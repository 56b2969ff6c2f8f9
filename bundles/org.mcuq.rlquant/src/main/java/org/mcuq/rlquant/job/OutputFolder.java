package org.mcuq.rlquant.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.mcuq.boards.Board;
import org.mcuq.ir.Network;
import org.mcuq.ir.io.NetworkFiles;
import org.mcuq.pipeline.ProjectSpec;
import org.mcuq.pipeline.internal.InputConvention;
import org.mcuq.policy.QuantizationPolicy;
import org.mcuq.policy.SearchProvenance;
import org.mcuq.policy.resource.PolicyResources;
import org.mcuq.rlquant.agent.CostKind;
import org.mcuq.rlquant.lsq.LsqResult;
import org.mcuq.rlquant.search.SearchException;
import org.mcuq.rlquant.search.SearchOutcome;
import org.mcuq.rlquant.search.SearchSettings;

/**
 * The job's output folder: {@code search/} (checkpoint and episode logs), the fine-tuned model
 * {@code MODEL-rlquant.mcuqnet}, the policy {@code MODEL-rlquant.mcuq}, the C project {@code project/} and
 * {@code report.md}. A new job needs an empty or missing folder; {@code --resume} needs the earlier job's.
 */
final class OutputFolder {

    static final String STATE = "search";
    static final String PROJECT = "project";

    private final Path root;
    private final String baseName;
    private final Board board;

    private OutputFolder(Path root, String baseName, Board board) {
        this.root = root;
        this.baseName = baseName;
        this.board = board;
    }

    static OutputFolder prepare(QuantizeRequest request) throws IOException {
        Path root = request.out();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new SearchException("The output path " + root + " is a file; give a folder.");
        }
        if (request.resume() && !Files.isDirectory(root.resolve(STATE))) {
            throw new SearchException("Nothing to resume in " + root + ": it has no " + STATE + "/ folder of an "
                    + "earlier 'mcuq quantize --out " + root + "'. Leave out --resume to start a new search.");
        }
        if (!request.resume() && !isEmpty(root)) {
            throw new SearchException("The output folder " + root + " is not empty; choose a new folder, or add "
                    + "--resume to continue the search saved there.");
        }
        Files.createDirectories(root.resolve(STATE));
        String name = request.model().getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return new OutputFolder(root, name, request.board());
    }

    Path state() {
        return root.resolve(STATE);
    }

    Path project() {
        return root.resolve(PROJECT);
    }

    Path writeModel(Network network, InputConvention convention) throws IOException {
        Path file = root.resolve(baseName + "-rlquant" + NetworkFiles.EXTENSION);
        NetworkFiles.write(network, Map.of(NetworkFiles.INPUT_SCALING, scalingRule(convention)), file);
        return file;
    }

    Path writePolicy(LsqResult result, Path model, SearchOutcome rlquant, SearchSettings settings)
            throws IOException {
        Path file = root.resolve(baseName + "-rlquant." + PolicyResources.FILE_EXTENSION);
        QuantizationPolicy policy = ProjectSpec.policyOf(result.quantize(), model, board, "RLQuant "
                + "(DDPG agent, LSQ fine-tuning)", settings.seed());
        recordBudgets(policy, settings);
        recordSearch(policy, rlquant, settings);
        PolicyResources.save(policy, file);
        return file;
    }

    private static void recordBudgets(QuantizationPolicy policy, SearchSettings settings) {
        settings.budgets().limit(CostKind.RAM).ifPresent(policy.getTarget()::setRamBudgetBytes);
        settings.budgets().limit(CostKind.FLASH).ifPresent(policy.getTarget()::setFlashBudgetBytes);
        settings.budgets().limit(CostKind.LATENCY).ifPresent(policy.getTarget()::setLatencyBudgetCycles);
    }

    private static void recordSearch(QuantizationPolicy policy, SearchOutcome rlquant, SearchSettings settings) {
        SearchProvenance provenance = policy.getProvenance();
        provenance.setEpisodes(rlquant.episodes().size());
        rlquant.best().ifPresent(best -> provenance.setBestReward(best.reward()));
        provenance.setSeed(settings.seed());
        provenance.setTimestamp(Instant.now().toString());
    }

    private static String scalingRule(InputConvention convention) {
        var s = convention.scaling();
        return "(pixel - " + s.offset() + ") / " + s.divisor();
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
