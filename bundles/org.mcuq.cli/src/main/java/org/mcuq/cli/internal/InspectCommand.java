package org.mcuq.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import org.mcuq.cli.Command;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.LayerTable;
import org.mcuq.ir.Network;

/** {@code mcuq inspect MODEL [--json]}: the per-layer shapes, parameters and MACs of a model file. */
final class InspectCommand implements Command {

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String summary() {
        return "show a model's layers, shapes, parameters and MACs";
    }

    @Override
    public String usage() {
        return "mcuq inspect MODEL [--json]   (MODEL: Keras .h5, DL4J model .zip or MCUQ network .mcuqnet)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) throws ModelImportException {
        Arguments parsed = Arguments.parse(args, Set.of("--json"), Set.of());
        Path model = parsed.existingFile(parsed.onlyPositional("MODEL"), "model file");
        Network network = ModelImporter.load(model);
        LayerTable table = LayerTable.of(network);
        out.println(parsed.flag("--json") ? table.toJson() : table.toText());
        return 0;
    }
}
