package org.mcuq.rlquant.agent.internal;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * ND4J memory scopes for the agent. Every computation runs in a workspace that is reset when it closes, so the
 * thousands of temporary arrays of a search reuse one block of native memory instead of waiting for the garbage
 * collector; persistent arrays (parameters, optimiser state) are created outside any workspace.
 */
final class Workspaces {

    private static final String ID = "MCUQ_RLQUANT_AGENT";
    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder().initialSize(0)
            .policyAllocation(AllocationPolicy.OVERALLOCATE).overallocationLimit(0.2)
            .policyLearning(LearningPolicy.FIRST_LOOP).policyReset(ResetPolicy.BLOCK_LEFT)
            .policySpill(SpillPolicy.REALLOCATE).build();

    private Workspaces() {
    }

    /** A scope for temporaries; nothing created inside may be used after it closes. */
    static MemoryWorkspace temporaries() {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, ID);
    }

    /** A scope in which new arrays live until the garbage collector frees them. */
    static MemoryWorkspace persistent() {
        return Nd4j.getWorkspaceManager().scopeOutOfWorkspaces();
    }
}
