package org.mcuq.boards.internal;

import java.nio.file.Path;

/** Where MCUQ keeps compiled helpers: -Dmcuq.cache.dir, else $XDG_CACHE_HOME/mcuq, else ~/.cache/mcuq. */
public final class CacheLocation {

    public static final String PROPERTY = "mcuq.cache.dir";

    private CacheLocation() {
    }

    public static Path defaultDirectory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "mcuq");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "mcuq");
    }
}
