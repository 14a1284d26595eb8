package org.communique.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Write N generated statements (NAME.txt or NAME.html) with their gold records (NAME.gold.json).")
final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "N", required = true, description = "how many statements")
    int statements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "the same seed writes the same bytes (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write into (created if missing)")
    Path out;

    @Option(names = "--as", paramLabel = "FORM", defaultValue = "files",
            description = {"files (default): NAME.txt|html beside NAME.gold.json;",
                    "jsonl: DIR/corpus.jsonl, one {\"name\", \"text\"} line per statement, golds in DIR/gold/;",
                    "warc: DIR/corpus.warc.gz, one gzipped response record per statement, golds in DIR/gold/"})
    String as;

    @Override
    public Integer call() throws IOException {
        if (statements < 1) {
            System.err.println("communique: --statements must be at least 1");
            return BenchCommand.USAGE;
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            System.err.println("communique: " + out + " is a file, not a folder");
            return BenchCommand.REFUSED;
        }
        if (!java.util.List.of("files", "jsonl", "warc").contains(as)) {
            System.err.println("communique: --as must be files, jsonl or warc (got " + as + ")");
            return BenchCommand.USAGE;
        }
        CorpusGenerator generator = new CorpusGenerator(seed);
        long bytes = switch (as) {
            case "jsonl" -> CorpusFiles.jsonl(generator, statements, out);
            case "warc" -> CorpusFiles.warc(generator, statements, out);
            default -> generator.write(statements, out);
        };
        System.out.printf(Locale.ROOT, "corpus: %d statements (%.1f MB) with their gold records in %s, seed %d%s%n",
                statements, bytes / 1e6, out, seed, as.equals("files") ? "" : ", as " + as);
        return BenchCommand.OK;
    }
}
