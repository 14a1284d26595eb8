package org.communique.drafting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Names, demonyms and capitals of parties, from the reader's gazetteer (countries.tsv). */
final class Countries {
    record Country(String code, String name, String demonym, String capital, String usual) {}

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {}

    static Country of(String code) {
        Country c = BY_CODE.get(code);
        return c != null ? c : new Country(code, code, code, null, code);
    }

    private static Map<String, Country> load() {
        Map<String, Country> out = new HashMap<>();
        try (InputStream in = Countries.class.getResourceAsStream("/org/communique/reader/countries.tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 4) continue;
                String[] names = f[1].split("\\|");
                String usual = names[0];
                String demonym = f[2].equals("-") ? names[0] : f[2].split("\\|")[0];
                out.put(f[0], new Country(f[0], usual, demonym, f[3].equals("-") ? null : f[3], usual));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
