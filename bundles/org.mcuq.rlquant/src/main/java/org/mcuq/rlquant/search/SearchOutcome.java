package org.mcuq.rlquant.search;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a search tried.
 *
 * @param searcher  "rlquant" or "random"
 * @param episodes  every episode in order (including those of an earlier run that was resumed)
 * @param cancelled true if it was stopped before its last episode
 * @param seconds   wall time of this run of the search (without the time before a resume)
 */
public record SearchOutcome(String searcher, List<EpisodeResult> episodes, boolean cancelled, double seconds) {

    public SearchOutcome {
        episodes = List.copyOf(episodes);
    }

    /** The episode with the highest reward (the earliest among equals). */
    public Optional<EpisodeResult> best() {
        return episodes.stream().max(Comparator.comparingDouble(EpisodeResult::reward)
                .thenComparing(Comparator.comparingInt(EpisodeResult::episode).reversed()));
    }
}
