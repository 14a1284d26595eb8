package org.communique.app;

import org.communique.model.Records;
import org.communique.store.Database;
import org.communique.tracker.PeopleOverview;
import org.communique.tracker.Person;
import org.communique.tracker.PersonJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "people", mixinStandardHelpOptions = true,
        description = "List the people across rounds: every spelling of each, and the posts each held when.")
final class PeopleCommand extends TrackedCommand {
    @Option(names = "--json", description = "one JSON object per person and line")
    boolean json;

    @Override
    int run(Database db) {
        List<Person> all = PeopleOverview.list(db);
        for (Person p : all) {
            if (json) {
                System.out.println(Records.write(PersonJson.of(p)));
                continue;
            }
            List<String> others = p.variants().stream().filter(v -> !v.equals(p.name())).toList();
            System.out.println(p.name() + (p.parties().isEmpty() ? "" : " [" + String.join(", ", p.parties()) + "]")
                    + (others.isEmpty() ? "" : "  also written " + String.join("; ", others)));
            for (Person.Post post : p.posts()) {
                System.out.println("    " + (post.date() == null ? "?" : post.date()) + "  "
                        + (post.series() == null ? "-" : post.series()) + "  " + post.role() + "  "
                        + (post.title() == null ? "(no title given)" : post.title())
                        + (post.writtenAs().equals(p.name()) ? "" : "  (as " + post.writtenAs() + ")"));
            }
        }
        if (!json) System.out.println(all.size() + " people");
        return Main.OK;
    }
}
