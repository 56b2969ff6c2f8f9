package org.mcuq.pipeline;

/** Where the pipeline reports its long steps and its warnings (the command line prints them on stderr). */
public interface Progress {

    /** Reports nothing. */
    Progress SILENT = new Progress() {
        @Override
        public void step(String message) {
        }

        @Override
        public void warning(String message) {
        }
    };

    /** A step is starting, e.g. "quantizing ...". */
    void step(String message);

    /** Something the user should know that does not stop the pipeline. */
    void warning(String message);
}
