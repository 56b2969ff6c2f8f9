package org.mcuq.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

/** Creates workspace projects holding copies of real files for tests. */
public final class TestProjects {

    private TestProjects() {
    }

    /** A new, open project named {@code name}; an existing one of that name is deleted first. */
    public static IProject fresh(String name) throws CoreException {
        IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
        IProject project = root.getProject(name);
        if (project.exists()) {
            project.delete(true, true, null);
        }
        project.create(null);
        project.open(null);
        return project;
    }

    public static IFile copyInto(IProject project, Path source, String name) throws IOException, CoreException {
        IFile file = project.getFile(name);
        try (InputStream in = Files.newInputStream(source)) {
            file.create(in, true, null);
        }
        return file;
    }

    /** A file of the repository checkout, located through the {@code mcuq.repo.dir} system property. */
    public static Path repoFile(String relative) {
        String repo = System.getProperty("mcuq.repo.dir");
        if (repo == null) {
            throw new IllegalStateException("System property mcuq.repo.dir is not set (the build sets it)");
        }
        return Path.of(repo, relative);
    }
}
