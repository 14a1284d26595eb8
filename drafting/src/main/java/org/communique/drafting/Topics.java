package org.communique.drafting;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The reader's topic taxonomy (topics.tsv): tracks, labels and the phrases that name each topic. */
final class Topics {
    record Topic(String code, String track, String label, List<String> phrases) {}

    private static final Pattern SEP = Pattern.compile("\\|");
    static final List<String> TRACKS = List.of("political-security", "economic", "human-dimension", "regional", "multilateral");
    private static final Map<String, Topic> BY_CODE = load();

    private Topics() {}

    static Topic of(String code) {
        return BY_CODE.get(code);
    }

    static String label(String code) {
        Topic t = BY_CODE.get(code);
        return t == null ? code : t.label();
    }

    static String trackWords(String track) {
        return switch (track) {
            case "political-security" -> "political and security";
            case "economic" -> "economic";
            case "human-dimension" -> "human dimension";
            case "regional" -> "regional";
            case "multilateral" -> "multilateral";
            default -> track.replace('-', ' ');
        };
    }

    static String trackTitle(String track) {
        String w = trackWords(track);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " issues";
    }

    static int trackOrder(String track) {
        int i = TRACKS.indexOf(track);
        return i < 0 ? TRACKS.size() : i;
    }

    /** The topics whose phrases occur in {@code text} as whole words. */
    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) return out;
        String t = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+-]+", " ") + " ";
        for (Topic topic : BY_CODE.values()) {
            for (String p : topic.phrases()) {
                if (t.contains(" " + p + " ")) {
                    out.add(topic.code());
                    break;
                }
            }
        }
        return out;
    }

    private static Map<String, Topic> load() {
        Map<String, Topic> out = new LinkedHashMap<>();
        try (InputStream in = Topics.class.getResourceAsStream("/org/communique/reader/topics.tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3) continue;
                List<String> phrases = new ArrayList<>();
                phrases.add(norm(f[2]));
                if (f.length > 3) for (String p : SEP.split(f[3])) if (!p.isBlank()) phrases.add(norm(p));
                out.put(f[0], new Topic(f[0], f[1], f[2], phrases));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String norm(String p) {
        return p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+-]+", " ").strip();
    }
}
