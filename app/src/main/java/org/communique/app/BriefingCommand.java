package org.communique.app;

import org.communique.drafting.Actor;
import org.communique.drafting.Briefing;
import org.communique.drafting.DraftingException;
import org.communique.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Write the briefing book of a planned round for one party's head of delegation (PDF, or HTML for .html).")
final class BriefingCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ROUND", description = "the planned round's id, as `communique plan` printed it")
    long id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (.pdf or .html)")
    Path out;

    @Option(names = "--party", paramLabel = "XX", description = "whose head it is for (default: the first party)")
    String party;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            Briefing briefing = new Briefing(db);
            Briefing.Book book;
            try {
                book = briefing.book(id, party, Actor.admin("communique"));
            } catch (DraftingException e) {
                System.err.println("communique: " + e.getMessage());
                return Main.REFUSED;
            }
            Path tmp = null;
            try {
                Path dir = out.toAbsolutePath().getParent();
                tmp = Files.createTempFile(dir, ".briefing", ".tmp");
                if (out.getFileName().toString().toLowerCase().endsWith(".html")) {
                    Files.writeString(tmp, briefing.html(book), StandardCharsets.UTF_8);
                } else {
                    Files.write(tmp, briefing.pdf(book));
                }
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                if (tmp != null) tmp.toFile().delete();
                System.err.println("communique: cannot write " + out + " (" + e.getMessage() + ")");
                return Main.REFUSED;
            }
            System.out.println(out + ": briefing book for round " + id);
            return Main.OK;
        }
    }
}
