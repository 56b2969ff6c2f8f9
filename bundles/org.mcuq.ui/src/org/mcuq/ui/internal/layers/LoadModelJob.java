package org.mcuq.ui.internal.layers;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.mcuq.importer.ModelImportException;
import org.mcuq.importer.ModelImporter;
import org.mcuq.ir.Network;
import org.mcuq.ir.NetworkValidationException;

/** Imports a model file in the background and hands the network (or the reason it failed) to the view. */
final class LoadModelJob extends Job {

    private final IFile file;
    private final Consumer<Network> onLoaded;
    private final Consumer<String> onFailed;

    LoadModelJob(IFile file, Consumer<Network> onLoaded, Consumer<String> onFailed) {
        super("Reading model " + file.getFullPath());
        this.file = file;
        this.onLoaded = onLoaded;
        this.onFailed = onFailed;
        setUser(false);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask("Reading " + file.getName(), IProgressMonitor.UNKNOWN);
        try {
            Network network = ModelImporter.load(file.getLocation().toFile().toPath());
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            onLoaded.accept(network);
        } catch (ModelImportException | NetworkValidationException e) {
            onFailed.accept(e.getMessage());
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ModelLayersView.JOB_FAMILY;
    }
}
