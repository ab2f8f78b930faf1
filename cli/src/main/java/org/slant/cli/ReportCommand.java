package org.slant.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slant.report.ReportData;
import org.slant.report.ReportException;
import org.slant.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code slant report}: renders a report from its JSON form (schema in {@code report/SCHEMA.md}) as a
 * static HTML site, and prints the path of its {@code index.html}.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = SlantCli.Version.class,
        description = {"Render the HTML report from a report JSON file.",
            "Writes index.html, stories/, csv/ and report.json into DIR and prints the path of index.html."
                    + " The pages are static: no scripts, nothing loaded from the network."})
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "REPORT.json",
            description = "Report data as JSON (schemaVersion " + ReportData.SCHEMA_VERSION + ").")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into (created).")
    Path out;

    @Override
    public Integer call() {
        try {
            ReportData report = Reports.readJson(data);
            Path index = Reports.write(report, out);
            System.out.println(index.toAbsolutePath());
            return SlantCli.OK;
        } catch (ReportException e) {
            System.err.println("slant report: " + e.getMessage());
            return SlantCli.FAILURE;
        }
    }
}
