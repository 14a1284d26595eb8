package org.communique.app;

import org.communique.model.Json;
import org.communique.store.Database;
import org.communique.store.RoundStore;
import org.communique.store.RoundSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "rounds", mixinStandardHelpOptions = true, description = "List the stored rounds.")
final class RoundsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "one JSON object per line")
    boolean json;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (Database db = store.open()) {
            List<RoundSummary> rounds = new RoundStore(db).rounds();
            for (RoundSummary r : rounds) {
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", r.id());
                    m.put("series", r.dialogueKey());
                    m.put("dialogue", r.dialogueName());
                    m.put("parties", r.parties());
                    m.put("ordinal", r.ordinal());
                    m.put("date", r.date());
                    m.put("place", r.place());
                    m.put("host", r.host());
                    m.put("file", r.fileName());
                    System.out.println(Json.write(m));
                } else {
                    System.out.printf("%5d  %-10s  %-20s  %-24s  %s%s%n", r.id(), r.date() == null ? "?" : r.date(),
                            r.dialogueKey(), r.place() == null ? "-" : r.place(),
                            r.ordinal() == null ? "" : "#" + r.ordinal() + " ", r.dialogueName() == null ? "" : r.dialogueName());
                }
            }
            if (!json) System.out.println(rounds.size() + " rounds");
            return Main.OK;
        }
    }
}
