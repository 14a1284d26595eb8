package org.communique.reader;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/ARCHITECTURE.md lists the reader's stages in the order they run, each with what it needs, and every knowledge file. */
class ArchitectureDocTest {
    private static final Pattern ROW = Pattern.compile("^\\| \\d+ \\| `(\\w+)` \\| [^|]* \\| ([^|]*) \\|", Pattern.MULTILINE);

    @Test
    void theStageTableMatchesTheReader() throws Exception {
        String doc = Files.readString(Corpora.root().resolve(Path.of("docs", "ARCHITECTURE.md")));
        List<String> names = new ArrayList<>();
        List<String> needs = new ArrayList<>();
        Matcher m = ROW.matcher(doc);
        while (m.find()) {
            names.add(m.group(1));
            needs.add(m.group(2).strip());
        }
        List<Stage> stages = new Reader().stages();
        assertThat(names).containsExactlyElementsOf(stages.stream().map(s -> s.getClass().getSimpleName()).toList());
        for (int i = 0; i < stages.size(); i++) {
            String expected = stages.get(i).needs().isEmpty() ? "\u2014" : String.join(", ",
                    stages.get(i).needs().stream().map(Key::name).sorted(Comparator.naturalOrder()).toList());
            String written = String.join(", ", List.of(needs.get(i).split(",\\s*")).stream().sorted().toList());
            assertThat(written).as(names.get(i)).isEqualTo(expected);
        }
    }

    @Test
    void everyKnowledgeFileIsInTheTable() throws Exception {
        String doc = Files.readString(Corpora.root().resolve(Path.of("docs", "ARCHITECTURE.md")));
        try (java.util.stream.Stream<Path> files = Files.list(Corpora.root().resolve("reader/src/main/resources/org/communique/reader"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .allSatisfy(name -> assertThat(doc).as(name).contains("| `" + name + "` |"));
        }
    }
}
