package org.mcuq.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.mcuq.ui.internal.layers.ModelLayersView;

/** The MCUQ perspective: projects on the left, the editor area, and MCUQ's views below. */
public final class McuqPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        layout.addView(IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.LEFT, 0.25f, editors);
        IFolderLayout bottom = layout.createFolder("org.mcuq.ui.bottom", IPageLayout.BOTTOM, 0.45f, editors);
        bottom.addView(ModelLayersView.ID);
        bottom.addPlaceholder(IPageLayout.ID_PROBLEM_VIEW);
        layout.addShowViewShortcut(ModelLayersView.ID);
    }
}
