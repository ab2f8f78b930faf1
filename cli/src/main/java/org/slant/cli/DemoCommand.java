package org.slant.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code slant demo}: the main job on the bundled sample. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Run Slant on the bundled sample pages.")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return SlantCli.FAILURE;
    }
}
