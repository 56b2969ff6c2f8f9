package org.mcuq.rlquant.search;

/** Hears about every finished episode of a search. */
@FunctionalInterface
public interface SearchListener {

    SearchListener NONE = (searcher, result, total, seconds) -> {
    };

    /**
     * @param searcher which search ran it ("rlquant" or "random")
     * @param result   the episode
     * @param total    episodes the search will run
     * @param seconds  seconds since this search (or its resumption) started
     */
    void onEpisode(String searcher, EpisodeResult result, int total, double seconds);
}
