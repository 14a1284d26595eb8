package org.communique.bench;

import org.communique.model.Records;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadGeneratorTest {
    @Test
    void aResultIsOneJsonLineThatTheServeCommandReadsBack() {
        var r = new LoadGenerator.Result("/api/search", 120, 1, 3.14159, 9.96, 12.04, 40.0, 2.0,
                List.of("500 on /api/search?q=\"x\"\\y"));
        String json = r.json();
        assertThat(json.lines()).hasSize(1);
        assertThat(Records.parseObject(json)).containsEntry("p50_ms", 3.1).containsEntry("p95_ms", 10.0)
                .containsEntry("rate", 60.0).containsEntry("first_errors", List.of("500 on /api/search?q=\"x\"\\y"));
        assertThat(ServeCommand.result(json)).isEqualTo(new LoadGenerator.Result("/api/search", 120, 1, 3.1, 10.0, 12.0, 40.0, 2.0,
                List.of("500 on /api/search?q=\"x\"\\y")));
    }

    @Test
    void aRateWithoutTimeIsRefusedNotWrittenAsInfinity() {
        var r = new LoadGenerator.Result("all", 3, 0, 1, 1, 1, 1, 0, List.of());
        assertThatThrownBy(r::json).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity");
    }
}
