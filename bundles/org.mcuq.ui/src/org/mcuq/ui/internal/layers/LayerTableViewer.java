package org.mcuq.ui.internal.layers;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.mcuq.ir.LayerTable.Row;

/** The table half of the Model Layers view: one row per layer. */
final class LayerTableViewer {

    private final TableViewer viewer;

    LayerTableViewer(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Layer", 160, Row::name);
        column("Op", 130, row -> row.op().name());
        column("Input", 110, row -> row.inputShape() == null ? "" : row.inputShape().toString());
        column("Output", 110, row -> row.outputShape().toString());
        column("Params", 90, row -> String.format("%,d", row.params()));
        column("MACs", 110, row -> String.format("%,d", row.macs()));
    }

    private void column(String title, int width, Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }
        });
    }

    void show(List<Row> rows) {
        viewer.setInput(rows);
    }

    Table table() {
        return viewer.getTable();
    }
}
