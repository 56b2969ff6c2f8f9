package org.mcuq.cli.internal;

import java.nio.file.FileSystemException;
import java.util.List;

import org.mcuq.boards.BoardException;
import org.mcuq.data.DatasetFormatException;
import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.NetworkValidationException;
import org.mcuq.liteengine.codegen.CodeGenerationException;
import org.mcuq.liteengine.quant.QuantizationException;
import org.mcuq.pipeline.PipelineException;
import org.mcuq.policy.resource.PolicyFormatException;
import org.mcuq.rlquant.agent.InfeasibleBudgetException;
import org.mcuq.rlquant.lsq.LsqException;
import org.mcuq.rlquant.search.SearchException;

/** Exceptions that report a problem with the user's input: shown as one line, without a stack trace. */
public final class UserErrors {

    private static final List<Class<? extends Exception>> TYPES = List.of(
            ModelImportException.class, NetworkValidationException.class, PipelineException.class,
            PolicyFormatException.class, DatasetFormatException.class, QuantizationException.class,
            CodeGenerationException.class, BoardException.class, FileSystemException.class,
            SearchException.class, InfeasibleBudgetException.class, LsqException.class);

    private UserErrors() {
    }

    public static boolean isUserError(Exception e) {
        return TYPES.stream().anyMatch(type -> type.isInstance(e));
    }
}
