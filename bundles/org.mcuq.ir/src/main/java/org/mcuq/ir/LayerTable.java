package org.mcuq.ir;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.mcuq.ir.text.Json;
import org.mcuq.ir.text.TextColumns;

/** Per-layer summary of a network (shapes, parameters, MACs) with totals, as aligned text or JSON. */
public final class LayerTable {

    /** One layer's figures; {@code inputShape} is null for the input layer. */
    public record Row(String name, OpType op, Shape inputShape, Shape outputShape, long params, long macs) {
    }

    private final String model;
    private final List<Row> rows;

    /** The table of {@code network}. */
    public static LayerTable of(Network network) {
        return new LayerTable(network);
    }

    public LayerTable(Network network) {
        this.model = network.name();
        this.rows = network.layers().stream().map(l -> row(network, l)).toList();
    }

    private static Row row(Network network, Layer layer) {
        String n = layer.name();
        Shape in = layer.inputs().isEmpty() ? null : network.inputShapeOf(n);
        return new Row(n, layer.op(), in, network.shapeOf(n), network.params(n), network.macs(n));
    }

    public String model() {
        return model;
    }

    /** One row per layer, in topological order. */
    public List<Row> rows() {
        return rows;
    }

    public long totalParams() {
        return rows.stream().mapToLong(Row::params).sum();
    }

    public long totalMacs() {
        return rows.stream().mapToLong(Row::macs).sum();
    }

    /**
     * Aligned columns with thousands separators and a totals line giving MACs also in millions; lines are
     * separated by newlines, with none after the last.
     */
    public String toText() {
        TextColumns columns = new TextColumns(false, false, false, false, true, true);
        columns.add("Layer", "Op", "Input", "Output", "Params", "MACs");
        for (Row r : rows) {
            columns.add(r.name(), r.op().name(), r.inputShape() == null ? "-" : r.inputShape().toString(),
                    r.outputShape().toString(), grouped(r.params()), grouped(r.macs()));
        }
        columns.add("Total", "", "", "", grouped(totalParams()), grouped(totalMacs()));
        return "Model: " + model + "\n" + columns.format().stripTrailing()
                + String.format(Locale.ROOT, "  (%.2f M MACs)", totalMacs() / 1e6);
    }

    /**
     * {@code {"model": ..., "layers": [...], "total": {"params": ..., "macs": ...}}}, one layer per line, no newline
     * after the closing brace. Each layer has name, op, input and output ({@code [h, w, c]}, input null for the
     * input layer), params and macs.
     */
    public String toJson() {
        String layers = rows.stream().map(LayerTable::json).collect(Collectors.joining(",\n    "));
        return "{\n  \"model\": " + Json.quote(model) + ",\n  \"layers\": [\n    " + layers + "\n  ],\n"
                + "  \"total\": {\"params\": " + totalParams() + ", \"macs\": " + totalMacs() + "}\n}";
    }

    private static String json(Row r) {
        return "{\"name\": " + Json.quote(r.name()) + ", \"op\": \"" + r.op() + "\", \"input\": " + json(r.inputShape())
                + ", \"output\": " + json(r.outputShape()) + ", \"params\": " + r.params() + ", \"macs\": " + r.macs()
                + "}";
    }

    private static String json(Shape s) {
        return s == null ? "null" : "[" + s.height() + ", " + s.width() + ", " + s.channels() + "]";
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
