package org.mcuq.boards;

/**
 * The marker id encoding shared with the firmware ({@code mcuq.h}): a firmware calls {@code mcuq_mark(id)}
 * with id = region for the begin and region | {@link #END} for the end of a region.
 */
public final class Markers {

    /** Bit set in the id of an end marker. */
    public static final int END = 0x8000;
    /** Largest region index for ordinary regions (layers). */
    public static final int MAX_REGION = 0x7FFE;
    /** Region index reserved for the whole network. */
    public static final int NETWORK = 0x7FFF;

    private Markers() {
    }

    public static int begin(int region) {
        return checked(region);
    }

    public static int end(int region) {
        return checked(region) | END;
    }

    private static int checked(int region) {
        if (region < 0 || region > NETWORK) {
            throw new IllegalArgumentException("Region index " + region + " is outside 0.." + NETWORK
                    + " (" + NETWORK + " = whole network)");
        }
        return region;
    }
}
