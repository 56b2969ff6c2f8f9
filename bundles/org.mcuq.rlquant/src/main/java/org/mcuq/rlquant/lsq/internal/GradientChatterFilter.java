package org.mcuq.rlquant.lsq.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.function.Supplier;

/**
 * SameDiff 1.0.0-M2.1 prints one "Added differentiated op ..." line to {@code System.out} for every op when it
 * builds a graph's gradient function: thousands of lines per graph, mixed into the command line's report. While
 * the gradient function is built, standard output drops exactly those lines and passes everything else on.
 */
final class GradientChatterFilter extends OutputStream {

    private static final String CHATTER = "Added differentiated op ";

    private final PrintStream target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    private GradientChatterFilter(PrintStream target) {
        this.target = target;
    }

    static synchronized <T> T quietly(Supplier<T> work) {
        PrintStream original = System.out;
        Charset charset = original.charset();
        GradientChatterFilter filter = new GradientChatterFilter(original);
        System.setOut(new PrintStream(filter, true, charset));
        try {
            return work.get();
        } finally {
            System.out.flush();
            filter.flushPartialLine();
            System.setOut(original);
        }
    }

    @Override
    public void write(int b) {
        line.write(b);
        if (b == '\n') {
            String text = line.toString(target.charset());
            if (!text.startsWith(CHATTER)) {
                target.print(text);
            }
            line.reset();
        }
    }

    private void flushPartialLine() {
        if (line.size() > 0) {
            target.print(line.toString(target.charset()));
            line.reset();
        }
        target.flush();
    }
}
