package org.communique.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCacheTest {
    @Test
    void theSameQuestionIsAnsweredOnceUntilAWrite() {
        SearchCache cache = new SearchCache(true);
        AtomicInteger computed = new AtomicInteger();
        assertThat(cache.get("q=energy", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("q=energy", computed::incrementAndGet)).isEqualTo(1);
        assertThat(cache.get("q=trade", computed::incrementAndGet)).isEqualTo(2);
        cache.invalidate();
        assertThat(cache.get("q=energy", computed::incrementAndGet)).isEqualTo(3);
    }

    @Test
    void anAnswerComputedDuringAWriteIsNotKept() {
        SearchCache cache = new SearchCache(true);
        AtomicInteger computed = new AtomicInteger();
        // the write starts while the search runs: its answer may miss the write
        assertThat(cache.get("q=energy", () -> {
            cache.invalidate();
            return computed.incrementAndGet();
        })).isEqualTo(1);
        assertThat(cache.get("q=energy", computed::incrementAndGet)).isEqualTo(2);
    }
}
