package org.mcuq.ui.internal.layers;

import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/** Recognises the model files MCUQ can import in a workbench selection. */
public final class ModelFiles {

    private static final Set<String> EXTENSIONS = Set.of("h5", "zip", "mcuqnet");

    private ModelFiles() {
    }

    /** The selected model file, or null when the selection holds none. */
    public static IFile selected(ISelection selection) {
        if (!(selection instanceof IStructuredSelection structured) || structured.size() != 1) {
            return null;
        }
        IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
        return file != null && isModel(file) ? file : null;
    }

    public static boolean isModel(IFile file) {
        String extension = file.getFileExtension();
        return extension != null && EXTENSIONS.contains(extension.toLowerCase());
    }
}
