package org.communique.app;

import org.communique.store.Database;
import org.communique.tracker.TrackReport;
import org.communique.tracker.Tracker;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Runs the tracker for the commands: after changes, and before a listing when rounds are not yet in a series. */
final class Tracking {
    private Tracking() {}

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static TrackReport run(Database db) {
        return new Tracker(db).run(today());
    }

    /**
     * Tracks first if some stored round is not tracked to the end: stored by another program, or left by a command
     * killed between storing its rounds and the end of tracking them.
     */
    static Optional<TrackReport> ensure(Database db) {
        return new Tracker(db).catchUp(today());
    }
}
