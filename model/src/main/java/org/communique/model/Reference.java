package org.communique.model;

import java.util.List;

/** Another dialogue, mechanism, initiative, agreement or event that the statement names. */
public record Reference(String name, String kind, List<Evidence> evidence) {
    public Reference {
        evidence = List.copyOf(evidence);
    }
}
