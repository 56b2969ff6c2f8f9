package org.mcuq.emf.codegen;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;

/**
 * Where a genmodel puts its output: the workspace project name and the one source folder inside it.
 * Model and edit code must share that folder (for example {@code /org.mcuq.policy/src-gen}).
 */
record GenModelLayout(String projectName, String sourceFolder) {

  static GenModelLayout of(GenModel genModel, boolean includeEdit) {
    GenModelLayout model = parse("modelDirectory", genModel.getModelDirectory());
    if (includeEdit) {
      GenModelLayout edit = parse("editDirectory", genModel.getEditDirectory());
      if (!edit.equals(model)) {
        throw new CodegenException("editDirectory " + genModel.getEditDirectory() + " differs from modelDirectory "
            + genModel.getModelDirectory() + "; set both to the same folder or pass --model-only");
      }
    }
    return model;
  }

  private static GenModelLayout parse(String attribute, String directory) {
    String[] segments = directory == null ? new String[0] : directory.replaceFirst("^/", "").split("/");
    if (segments.length != 2 || segments[0].isBlank() || segments[1].isBlank()) {
      throw new CodegenException("genmodel " + attribute + " is '" + directory
          + "'; it must be of the form /<project>/<folder>, e.g. /org.mcuq.policy/src-gen");
    }
    return new GenModelLayout(segments[0], segments[1]);
  }
}
