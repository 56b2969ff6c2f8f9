package org.mcuq.boards.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.mcuq.boards.Fault;

/** The firmware's console, split into plain text and the "@mcuq" protocol records. */
public record ConsoleTranscript(List<String> text, Map<String, byte[]> outputs, Map<String, String> problems,
        OptionalLong stackUsed, OptionalLong stackSize, Optional<Fault> fault) {
}
