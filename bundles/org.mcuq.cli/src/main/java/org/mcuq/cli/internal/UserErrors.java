package org.mcuq.cli.internal;

import java.util.List;

import org.mcuq.importer.ModelImportException;
import org.mcuq.ir.NetworkValidationException;

/** Exceptions that report a problem with the user's input: shown as one line, without a stack trace. */
public final class UserErrors {

    private static final List<Class<? extends Exception>> TYPES = List.of(
            ModelImportException.class, NetworkValidationException.class);

    private UserErrors() {
    }

    public static boolean isUserError(Exception e) {
        return TYPES.stream().anyMatch(type -> type.isInstance(e));
    }
}
