package org.communique.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/**
 * A command run in this JVM with standard input, output and error replaced, and what it printed on each. The
 * streams are swapped back as soon as the command returns, so a failing assertion is reported as usual.
 */
public final class Console {
    private String out = "";
    private String err = "";

    /** Runs {@code command} with nothing on standard input; returns its exit code. */
    public int run(IntSupplier command) {
        return run("", command);
    }

    /** Runs {@code command} with {@code stdin} as standard input; returns its exit code. */
    public int run(String stdin, IntSupplier command) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return command.getAsInt();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
            out = o.toString(StandardCharsets.UTF_8);
            err = e.toString(StandardCharsets.UTF_8);
        }
    }

    /** What the last command printed on standard output. */
    public String out() {
        return out;
    }

    /** What the last command printed on standard error. */
    public String err() {
        return err;
    }
}
