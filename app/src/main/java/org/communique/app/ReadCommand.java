package org.communique.app;

import org.communique.model.Participant;
import org.communique.model.Reading;
import org.communique.model.Records;
import org.communique.model.RoundRecord;
import org.communique.reader.Reader;
import org.communique.reader.UnreadableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Read statements into round records, without a database.")
final class ReadCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "statement files (.txt, .html, .pdf) or folders")
    List<Path> files;

    @Option(names = "--json", description = "print one round record (JSON) per line")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "write NAME.json for each input NAME.ext into DIR")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        List<Path> inputs = Inputs.expand(files);
        if (out != null) {
            try {
                Files.createDirectories(out);
            } catch (IOException e) {
                System.err.println("communique: cannot create the folder " + out);
                return Main.REFUSED;
            }
        }
        Reader reader = new Reader();
        int refused = 0;
        for (Path p : inputs) {
            try {
                byte[] bytes = Inputs.bytes(p, Reader.DEFAULT_MAX_BYTES);
                if (bytes == null) throw new UnreadableException(p + " is larger than the 20 MB limit for one statement");
                Reading r = reader.read(bytes, p.getFileName().toString());
                String line = Records.write(r.record());
                if (out != null) {
                    String name = p.getFileName().toString().replaceFirst("\\.[^.]+$", "") + ".json";
                    Files.writeString(out.resolve(name), line + "\n", StandardCharsets.UTF_8);
                }
                if (json) stdout.println(line);
                else if (out == null) stdout.println(summary(p, r.record()));
            } catch (UnreadableException e) {
                System.err.println("communique: " + e.getMessage());
                refused++;
            }
        }
        return refused == 0 ? Main.OK : Main.REFUSED;
    }

    static String summary(Path p, RoundRecord r) {
        StringBuilder b = new StringBuilder();
        b.append(p.getFileName()).append(": ");
        b.append(r.dialogue().name() == null ? "(dialogue not named)" : r.dialogue().name());
        if (r.dialogue().acronym() != null) b.append(" (").append(r.dialogue().acronym()).append(')');
        b.append(" ").append(String.join("-", r.dialogue().parties()));
        if (r.round().ordinal() != null) b.append(", round ").append(r.round().ordinal());
        b.append(", ").append(r.round().date() == null ? "date unknown" : r.round().date());
        b.append(", ").append(r.round().place() == null ? "place unknown" : r.round().place());
        long heads = r.participants().stream().filter(x -> x.role() == Participant.Role.HEAD).count();
        b.append("; ").append(r.participants().size()).append(" people (").append(heads).append(" heads), ");
        b.append(r.topics().size()).append(" topics, ").append(r.commitments().size()).append(" commitments");
        if (r.nextRound() != null) {
            b.append("; next: ").append(r.nextRound().place() == null ? "?" : r.nextRound().place())
                    .append(' ').append(r.nextRound().due() == null ? "" : r.nextRound().due());
        }
        return b.toString().strip();
    }
}
