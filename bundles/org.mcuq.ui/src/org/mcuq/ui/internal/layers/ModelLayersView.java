package org.mcuq.ui.internal.layers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.mcuq.ir.LayerTable;
import org.mcuq.ir.LayerTable.Row;
import org.mcuq.ir.Network;

/** Shows the per-layer MACs and parameters of the model file selected in the workbench. */
public final class ModelLayersView extends ViewPart {

    public static final String ID = "org.mcuq.ui.views.modelLayers";
    /** Family of the jobs that read models for this view: tests join it. */
    public static final Object JOB_FAMILY = new Object();

    private final ISelectionListener selectionListener = this::selectionChanged;
    private Label status;
    private LayerCostChart chart;
    private LayerTableViewer table;
    private IFile shown;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        status.setText("Select a model file (.h5 or .zip) in the Project Explorer.");
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart = new LayerCostChart(sash);
        table = new LayerTableViewer(sash);
        sash.setWeights(1, 1);
        getSite().getPage().addPostSelectionListener(selectionListener);
        selectionChanged(null, getSite().getPage().getSelection());
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        IFile file = ModelFiles.selected(selection);
        if (file != null && !file.equals(shown)) {
            show(file);
        }
    }

    /** Reads the model in the background and shows its layers when done. */
    public void show(IFile file) {
        shown = file;
        status.setText("Reading " + file.getFullPath() + " ...");
        new LoadModelJob(file, network -> ui(() -> showNetwork(file, network)),
                message -> ui(() -> showFailure(file, message))).schedule();
    }

    private void showNetwork(IFile file, Network network) {
        List<Row> rows = LayerTable.of(network).rows();
        status.setText(String.format("%s: %d layers, %,d parameters, %,d MACs", file.getFullPath(), rows.size(),
                network.totalParams(), network.totalMacs()));
        chart.show(rows);
        table.show(rows);
    }

    private void showFailure(IFile file, String message) {
        status.setText("Cannot show " + file.getFullPath() + ": " + message);
        chart.show(List.of());
        table.show(List.of());
    }

    private void ui(Runnable update) {
        if (!status.isDisposed()) {
            status.getDisplay().asyncExec(() -> {
                if (!status.isDisposed()) {
                    update.run();
                }
            });
        }
    }

    public String statusText() {
        return status.getText();
    }

    public org.eclipse.swt.widgets.Table table() {
        return table.table();
    }

    public Chart chart() {
        return chart.chart();
    }

    @Override
    public void setFocus() {
        table.table().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }
}
