package org.mcuq.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.Test;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.tests.support.Screenshots;
import org.mcuq.tests.support.TestProjects;
import org.mcuq.tests.support.Workbenches;
import org.mcuq.ui.internal.layers.ModelLayersView;

class ModelLayersViewTest {

    private static final String EXAMPLE = "examples/lenet5-mnist/lenet5-mnist.zip";
    private static final Duration LOAD_TIMEOUT = Duration.ofSeconds(120);

    @Test
    void showsTheLayersOfTheModelSelectedInTheProjectExplorer() throws Exception {
        Path source = TestProjects.repoFile(EXAMPLE);
        IProject project = TestProjects.fresh("layers-view-test");
        IFile model = TestProjects.copyInto(project, source, "lenet5.zip");
        ModelLayersView view = Workbenches.showView(ModelLayersView.ID);

        selectInProjectExplorer(model);

        Network expected = ModelImporter.load(source);
        List<String> names = expected.layers().stream().map(Layer::name).toList();
        Workbenches.waitUntil("the view to list the layers", LOAD_TIMEOUT,
                () -> view.table().getItemCount() == names.size());
        assertEquals(names, tableColumn(view, 0));
        assertEquals(expected.layers().stream().map(l -> String.format("%,d", expected.macs(l.name()))).toList(),
                tableColumn(view, 5));
        assertChartShows(view.chart(), expected, names);
        assertTrue(view.statusText().contains(String.format("%,d MACs", expected.totalMacs())), view.statusText());
        Screenshots.save(view.getSite().getShell(), "model-layers-view");
    }

    @Test
    void reportsAFileThatIsNotAModelWithoutShowingLayers() throws Exception {
        IProject project = TestProjects.fresh("layers-view-broken");
        IFile broken = project.getFile("broken.h5");
        broken.create(new java.io.ByteArrayInputStream("not an HDF5 file".getBytes()), true, null);
        ModelLayersView view = Workbenches.showView(ModelLayersView.ID);

        view.show(broken);

        Workbenches.waitForJobs(ModelLayersView.JOB_FAMILY, LOAD_TIMEOUT);
        Workbenches.waitUntil("an error in the view", LOAD_TIMEOUT, () -> view.statusText().startsWith("Cannot show"));
        assertTrue(view.statusText().contains("/layers-view-broken/broken.h5"), view.statusText());
        assertEquals(0, view.table().getItemCount());
    }

    private static void selectInProjectExplorer(IFile file) throws Exception {
        CommonNavigator explorer = Workbenches.showView("org.eclipse.ui.navigator.ProjectExplorer");
        explorer.selectReveal(new StructuredSelection(file));
        Workbenches.processEvents();
    }

    private static List<String> tableColumn(ModelLayersView view, int column) {
        return List.of(view.table().getItems()).stream().map((TableItem item) -> item.getText(column)).toList();
    }

    private static void assertChartShows(Chart chart, Network expected, List<String> names) {
        assertArrayEquals(names.toArray(String[]::new), chart.getAxisSet().getXAxis(0).getCategorySeries());
        double[] macs = expected.layers().stream().mapToDouble(l -> expected.macs(l.name())).toArray();
        assertArrayEquals(macs, chart.getSeriesSet().getSeries("MACs").getYSeries());
        double[] params = expected.layers().stream().mapToDouble(l -> expected.params(l.name())).toArray();
        assertArrayEquals(params, chart.getSeriesSet().getSeries("Params").getYSeries());
    }
}
