package org.communique.app;

import java.util.List;
import java.util.Map;
import org.communique.model.Records;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The communique command as a user meets it: output, one-sentence errors and exit codes. */
class CommandLineTest {
    static final Path ROOT = root();
    static final Path SEED = ROOT.resolve("statements/kz-us-espd-2023.txt");

    @TempDir
    Path tmp;

    private final Cli cli = new Cli();

    static Path root() {
        String r = System.getProperty("communique.root");
        return r == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(r);
    }

    @Test
    void readsTheSeedAsJson() {
        assertThat(cli.run("read", SEED.toString(), "--json")).isEqualTo(0);
        assertThat(cli.out().lines()).hasSize(1);
        Map<String, Object> record = Records.parseObject(cli.out());
        assertThat(Records.toMap(record.get("round"))).containsEntry("date", "2023-11-06").containsEntry("place", "Astana")
                .containsEntry("ordinal", 5L);
        assertThat(Records.toMap(record.get("dialogue"))).containsEntry("parties", List.of("KZ", "US"));
    }

    @Test
    void writesOneJsonFilePerInput() {
        assertThat(cli.run("read", SEED.toString(), "--out", tmp.toString())).isEqualTo(0);
        assertThat(tmp.resolve("kz-us-espd-2023.json")).exists();
    }

    @Test
    void badInputGetsOneSentenceAndExitOne() throws Exception {
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        Path binary = Files.write(tmp.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2});
        Path invalid = Files.write(tmp.resolve("bad.txt"), new byte[] {'a', (byte) 0x81, (byte) 0x8d, 'b'});
        Path big = tmp.resolve("big.txt");
        try (var o = Files.newOutputStream(big)) {
            byte[] line = "The two sides met again.\n".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 21 * 1024 * 1024 / line.length + 1; i++) o.write(line);
        }
        for (Path p : new Path[] {empty, binary, invalid, big}) {
            assertThat(cli.run("read", p.toString())).as(p.toString()).isEqualTo(1);
            assertThat(cli.err().lines()).as(cli.err()).hasSize(1);
            assertThat(cli.err()).startsWith("communique: ").doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(cli.run("read", tmp.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("does not exist");
    }

    @Test
    void onlyFilesAreReadAndLinksOnlyInsideTheFolderGiven() throws Exception {
        // a device that never ends, and a pipe that never opens: refused at once, not read until memory runs out
        if (Files.exists(Path.of("/dev/zero"))) {
            assertThat(cli.run("read", "/dev/zero")).isEqualTo(1);
            assertThat(cli.err().strip()).isEqualTo("communique: /dev/zero is not a file (a device, a pipe or a socket): only files are read");
        }
        Path fifo = tmp.resolve("x.txt");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            assertThat(cli.run("read", fifo.toString())).isEqualTo(1);
            assertThat(cli.err()).contains("is not a file");
        }
        // in a folder: a link out of it is left alone, a link within it is read
        Path folder = Files.createDirectories(tmp.resolve("folder"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "not for the record");
        Files.createSymbolicLink(folder.resolve("out.txt"), secret);
        Path inside = Files.copy(SEED, folder.resolve("espd.txt"));
        Files.createSymbolicLink(folder.resolve("again.txt"), inside);
        assertThat(Inputs.expand(java.util.List.of(folder))).extracting(p -> p.getFileName().toString())
                .containsExactly("again.txt", "espd.txt");
    }

    @Test
    void aBadFlagIsAUsageError() {
        assertThat(cli.run("read", "--no-such-flag", SEED.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("Unknown option");
        assertThat(cli.run("frobnicate")).isEqualTo(2);
        assertThat(cli.run("serve", "--public-url", "record.example.org")).isEqualTo(2);
        assertThat(cli.err()).contains("--public-url must be an http:// or https:// address");
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : new String[] {"read", "eval", "ingest", "rounds", "show", "serve", "track", "series", "commitments",
                "diff", "people"}) {
            assertThat(cli.run(c, "--help")).isEqualTo(0);
            assertThat(cli.out()).contains("Usage: communique " + c);
        }
    }

    @Test
    void ingestTwiceKeepsOneRoundAndRefusedFilesChangeNothing() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(cli.run("ingest", SEED.toString(), "--data", data)).isEqualTo(0);
        assertThat(cli.out()).contains("new round").contains("1 new, 0 already known, 0 refused");
        assertThat(cli.run("ingest", SEED.toString(), "--data", data)).isEqualTo(0);
        assertThat(cli.out()).contains("already known");

        Path folder = Files.createDirectories(tmp.resolve("mixed"));
        Files.write(folder.resolve("empty.txt"), new byte[0]);
        assertThat(cli.run("ingest", folder.toString(), "--data", data)).isEqualTo(1);
        assertThat(cli.out()).contains("empty.txt: refused: empty.txt is empty").contains("0 new, 0 already known, 1 refused");

        // junk is no round: a page of one letter, and text named .pdf
        Path junk = Files.createDirectories(tmp.resolve("junk"));
        Files.writeString(junk.resolve("letters.txt"), "a\n".repeat(100_000));
        Files.writeString(junk.resolve("fake.pdf"), "This is not a PDF, and not a statement either.");
        assertThat(cli.run("ingest", junk.toString(), "--data", data)).isEqualTo(1);
        assertThat(cli.out()).contains("letters.txt: refused").contains("no dialogue round found in this text")
                .contains("0 new, 0 already known, 2 refused");

        assertThat(cli.run("rounds", "--data", data, "--json")).isEqualTo(0);
        assertThat(cli.out().lines()).hasSize(1);
        assertThat(Records.parseObject(cli.out())).containsEntry("series", "kz-us-espd");
        assertThat(cli.run("show", "1", "--data", data, "--json")).isEqualTo(0);
        assertThat(Records.toMap(Records.parseObject(cli.out()).get("dialogue"))).containsEntry("name", "Enhanced Strategic Partnership Dialogue");
        assertThat(cli.run("show", "1", "--data", data)).isEqualTo(0);
        assertThat(cli.out()).contains("Political and security  ").doesNotContain("political-security");
        assertThat(cli.run("show", "99", "--data", data)).isEqualTo(1);
        assertThat(cli.err()).contains("there is no round 99");
    }

    @Test
    void aFolderWithNoStatementsIsRefused() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("nothing"));
        Files.writeString(folder.resolve("notes.md"), "# not a statement");
        assertThat(cli.run("ingest", folder.toString(), "--data", tmp.resolve("d").toString())).isEqualTo(1);
        assertThat(cli.err()).contains("no statements");
    }

    @Test
    void anUnreachableDatabaseIsOneSentence() {
        assertThat(cli.run("rounds", "--db", "jdbc:postgresql://127.0.0.1:1/none")).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("communique: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/none");
        assertThat(cli.err().lines()).hasSize(1);
    }

    @Test
    void aDataFolderThatCannotBeUsedIsOneSentence() throws Exception {
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertThat(cli.run("rounds", "--data", file.resolve("sub").toString())).isEqualTo(1);
        assertThat(cli.err().strip()).startsWith("communique: the data folder").endsWith("cannot be created");
    }
}
