package org.slant.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slant.ingest.FieldMapping;
import org.slant.ingest.IngestOptions;

class JobConfigTest {

    @Test
    void jsonRoundTripsLosslessly() {
        JobConfig c = JobConfig.of("hdfs://nn/lists/crawl.txt", "s3a://bucket/out")
                .withIngest(IngestOptions.defaults().withMapping(FieldMapping.parse("domain=outlet_host")).withOutlet("Wire"))
                .withFormats(List.of(OutputFormat.JSONL, OutputFormat.PARQUET)).withSplitBytes(1234).withPartitions(7)
                .withOverwrite(true);
        assertEquals(c, JobConfig.fromJson(c.toJson()));
        assertEquals(c.toJson(), JobConfig.fromJson(c.toJson()).toJson());
    }

    @Test
    void absentFieldsTakeTheirDefaultsAlsoInsideIngest() {
        JobConfig c = JobConfig.fromJson("{\"input\":\"in.txt\",\"output\":\"out\",\"ingest\":{\"mapping\":{\"domain\":\"host\"}}}");
        JobConfig d = JobConfig.of("in.txt", "out");
        assertEquals("host", c.ingest().mapping().domain());
        assertEquals(d.ingest().mapping().text(), c.ingest().mapping().text());
        assertEquals(d.ingest().maxRecordBytes(), c.ingest().maxRecordBytes());
        assertEquals(JobConfig.DEFAULT_SPLIT_BYTES, c.splitBytes());
        assertEquals(List.of(OutputFormat.PARQUET), c.formats());
        assertEquals(0.95, c.confidence());
        assertEquals(d.extractors(), c.extractors());
    }

    @Test
    void invalidValuesAreRejectedNamingTheField() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobConfig.fromJson("{\"output\":\"out\"}"))
                .getMessage().contains("input"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobConfig.fromJson("{\"input\":\"a\",\"output\":\"b\",\"extractors\":[\"nope\"]}"))
                .getMessage().contains("nope"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> JobConfig.of("a", "b").withSplitBytes(-1))
                .getMessage().contains("splitBytes"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobConfig.of("a", "b").withFormats(List.of(OutputFormat.JSONL, OutputFormat.JSONL)))
                .getMessage().contains("formats"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> JobConfig.fromJson("{\"input\":\"a\",\"output\":\"b\",\"confidence\":1.5}"))
                .getMessage().contains("confidence"));
    }
}
