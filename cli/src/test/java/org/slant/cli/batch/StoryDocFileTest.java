package org.slant.cli.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slant.analysis.story.StoryDoc;

class StoryDocFileTest {

    @Test
    void documentsReadBackEqualWhatWasAddedFromAnyThreadAndTheFileGoesOnClose(@TempDir Path dir) throws IOException {
        List<StoryDoc> docs = new ArrayList<>();
        String longSentence = "word ".repeat(40_000);
        for (int i = 0; i < 300; i++) {
            LocalDate date = i % 7 == 0 ? null : LocalDate.of(2025, 10, 1 + i % 28);
            List<String> sentences = i % 5 == 0 ? List.of() : List.of("Kyiv — «quoted» \uD83D lone surrogate " + i, i == 3 ? longSentence : "second");
            docs.add(new StoryDoc("id-" + i, "outlet-" + i % 4, date, i % 11 == 0 ? "" : "Headline " + i, sentences));
        }
        try (StoryDocFile file = new StoryDocFile(dir)) {
            docs.forEach(file::add);
            assertEquals(docs.size(), file.size());
            List<StoryDoc> back = IntStream.range(0, docs.size()).parallel().mapToObj(i -> {
                try {
                    return file.read(i);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertEquals(docs, back);
            assertEquals(docs.get(8).date(), file.date(8));
            assertThrows(IllegalStateException.class, () -> file.add(docs.get(0)));
            Integer[] expected = IntStream.range(0, docs.size()).boxed().sorted(java.util.Comparator
                    .comparing((Integer i) -> docs.get(i).date(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                    .thenComparingInt(i -> i)).toArray(Integer[]::new);
            assertArrayEquals(java.util.Arrays.stream(expected).mapToInt(Integer::intValue).toArray(), file.byDate());
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "file deleted on close");
        }
    }
}
