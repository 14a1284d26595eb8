package org.communique.model;

import java.util.List;

/** A person named in a statement, with the title this text gives them and their role in the round. */
public record Participant(String name, String title, String party, Role role, List<Evidence> evidence) {
    public Participant {
        evidence = List.copyOf(evidence);
    }

    public enum Role {
        HEAD, MEMBER, MENTIONED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Role of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
