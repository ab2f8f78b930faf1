package org.slant.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code slant ingest}: reads pages and corpora into article records. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Read pages and corpora into article records.")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return SlantCli.FAILURE;
    }
}
