package org.communique.tracker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** Where a series met, round after round, and the pattern of it: "alternating", "always US", or "varies". */
public record HostRotation(List<String> hosts, String pattern) {
    public HostRotation {
        hosts = List.copyOf(hosts);
    }

    static HostRotation of(List<String> hostsInOrder) {
        List<String> hosts = new ArrayList<>();
        for (String h : hostsInOrder) if (h != null) hosts.add(h);
        if (hosts.size() < 2) return new HostRotation(hosts, null);
        if (new HashSet<>(hosts).size() == 1) return new HostRotation(hosts, "always " + hosts.get(0));
        boolean alternates = new HashSet<>(hosts).size() == 2;
        for (int i = 1; i < hosts.size() && alternates; i++) alternates = !hosts.get(i).equals(hosts.get(i - 1));
        return new HostRotation(hosts, alternates ? "alternating" : "varies");
    }
}
