package org.mcuq.liteengine.cost;

/** Solves A x = b for a symmetric positive definite A by Cholesky decomposition (A is overwritten). */
final class Cholesky {

    private Cholesky() {
    }

    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int j = 0; j < n; j++) {
            double d = a[j][j];
            for (int k = 0; k < j; k++) {
                d -= a[j][k] * a[j][k];
            }
            if (!(d > 0)) {
                throw new IllegalStateException("The normal equations are not positive definite at column " + j);
            }
            a[j][j] = Math.sqrt(d);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= a[i][k] * a[j][k];
                }
                a[i][j] = s / a[j][j];
            }
        }
        return backSubstitute(a, forwardSubstitute(a, b));
    }

    private static double[] forwardSubstitute(double[][] l, double[] b) {
        double[] y = new double[b.length];
        for (int i = 0; i < b.length; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        return y;
    }

    private static double[] backSubstitute(double[][] l, double[] y) {
        int n = y.length;
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }
}
