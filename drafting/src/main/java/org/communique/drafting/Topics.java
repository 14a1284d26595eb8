package org.communique.drafting;

import org.communique.reader.Knowledge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The reader's topic taxonomy ({@link Knowledge}): tracks, labels and the phrases that name each topic. */
final class Topics {
    record Topic(String code, String track, String label, List<String> phrases) {}

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

    /** The reader's taxonomy, with each topic's phrases normalised as {@link #in} reads text. */
    private static Map<String, Topic> load() {
        Map<String, Topic> out = new LinkedHashMap<>();
        for (Knowledge.Topic t : Knowledge.get().topics()) {
            List<String> phrases = Knowledge.get().phrases(t.code()).stream().map(Topics::norm).toList();
            out.put(t.code(), new Topic(t.code(), t.track(), t.label(), phrases));
        }
        return out;
    }

    private static String norm(String p) {
        return p.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+-]+", " ").strip();
    }
}
