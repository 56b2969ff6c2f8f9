package org.mcuq.ui.internal.layers;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;
import org.mcuq.ir.LayerTable.Row;

/** The chart half of the Model Layers view: MACs and parameters per layer as bars on two y axes. */
final class LayerCostChart {

    static final String MACS = "MACs";
    static final String PARAMS = "Params";

    private final Chart chart;

    LayerCostChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText("MACs and parameters per layer");
        chart.getAxisSet().getXAxis(0).getTitle().setText("Layer");
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getYAxis(0).getTitle().setText(MACS);
        int paramsAxis = chart.getAxisSet().createYAxis();
        IAxis params = chart.getAxisSet().getYAxis(paramsAxis);
        params.getTitle().setText(PARAMS);
        params.setPosition(IAxis.Position.Secondary);
        bars(MACS, 0, SWT.COLOR_DARK_BLUE);
        bars(PARAMS, paramsAxis, SWT.COLOR_DARK_YELLOW);
    }

    private void bars(String id, int yAxis, int color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYAxisId(yAxis);
        series.setBarColor(chart.getDisplay().getSystemColor(color));
    }

    void show(List<Row> rows) {
        chart.getAxisSet().getXAxis(0).setCategorySeries(rows.stream().map(Row::name).toArray(String[]::new));
        ISeriesSet series = chart.getSeriesSet();
        series.getSeries(MACS).setYSeries(rows.stream().mapToDouble(Row::macs).toArray());
        series.getSeries(PARAMS).setYSeries(rows.stream().mapToDouble(Row::params).toArray());
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    Chart chart() {
        return chart;
    }
}
