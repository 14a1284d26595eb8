package org.communique.bench;

import picocli.CommandLine.Option;

/** The seed of the generated corpus a measurement runs on: the same seed, the same statements. */
final class CorpusSeed {
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "corpus seed (default: ${DEFAULT-VALUE})")
    long value;
}
