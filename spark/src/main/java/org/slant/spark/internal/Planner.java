package org.slant.spark.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.slant.ingest.Ingest;
import org.slant.ingest.IngestOptions;
import org.slant.ingest.InputFormat;
import org.slant.ingest.RejectReason;
import scala.Tuple2;

/**
 * Turns one listed input into work units, keyed by {@link #key(int, long)} so that sorting by key gives input
 * order. Directories are listed recursively in sorted order, skipping hidden files, and each file is named as
 * {@code slant run} names it (the listed path joined with the relative path), so origins and ids match the
 * single-machine run. Runs in a task: listing a large directory or cutting a large JSONL file never happens on
 * the driver.
 */
public final class Planner {
    private Planner() {}

    /** The sort key of the {@code seq}-th unit of the {@code entry}-th listed input. */
    public static long key(int entry, long seq) {
        if (seq >= 1L << 32) {
            throw new IllegalArgumentException("more than 2^32 units in input " + entry);
        }
        return ((long) entry << 32) | seq;
    }

    /** The listed input a key belongs to. */
    public static int entryOf(long key) {
        return (int) (key >>> 32);
    }

    /** The units of one listed input, lazily: a JSONL file is read while the units are consumed. */
    public static Iterator<Tuple2<Long, Unit>> plan(int entry, String listed, String location, IngestOptions options,
            long splitBytes, HadoopFiles files) {
        List<String[]> named; // name, location
        try {
            FileSystem fs = files.fileSystem(location);
            Path root = new Path(location);
            FileStatus status = fs.getFileStatus(root);
            if (status.isDirectory()) {
                named = list(fs, root, listed);
            } else {
                named = List.<String[]>of(new String[] {localName(listed, null), location});
            }
        } catch (FileNotFoundException e) {
            return single(entry, new Unit.Rejected(listed, 0, RejectReason.UNREADABLE.name(),
                    "input does not exist: " + listed));
        } catch (IOException | RuntimeException e) {
            return single(entry, new Unit.Rejected(listed, 0, RejectReason.UNREADABLE.name(),
                    "cannot open input " + listed + ": " + e));
        }
        return new Iterator<>() {
            private int next;
            private long seq;
            private Iterator<Unit> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && next < named.size()) {
                    String[] f = named.get(next++);
                    current = unitsOf(f[0], f[1], options, splitBytes, files);
                }
                return current.hasNext();
            }

            @Override
            public Tuple2<Long, Unit> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return new Tuple2<>(key(entry, seq++), current.next());
            }
        };
    }

    private static Iterator<Tuple2<Long, Unit>> single(int entry, Unit u) {
        return List.of(new Tuple2<>(key(entry, 0), u)).iterator();
    }

    /** The files of a directory, named as ingest names the files it finds by walking the listed path. */
    private static List<String[]> list(FileSystem fs, Path root, String listed) throws IOException {
        String prefix = fs.makeQualified(root).toUri().getPath();
        if (!prefix.endsWith("/")) {
            prefix += "/";
        }
        List<String[]> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus s = it.next();
            if (!s.isFile() || s.getPath().getName().startsWith(".")) {
                continue;
            }
            String path = s.getPath().toUri().getPath();
            String relative = path.startsWith(prefix) ? path.substring(prefix.length()) : s.getPath().getName();
            out.add(new String[] {localName(listed, relative), s.getPath().toString()});
        }
        out.sort(Comparator.comparing((String[] f) -> f[0]));
        return out;
    }

    /** The name ingest gives a file: a local path as {@link java.nio.file.Path} prints it, a URI as listed. */
    private static String localName(String listed, String relative) {
        if (HadoopFiles.hasScheme(listed)) {
            return relative == null ? listed : (listed.endsWith("/") ? listed : listed + "/") + relative;
        }
        java.nio.file.Path p = java.nio.file.Path.of(listed);
        return (relative == null ? p : p.resolve(relative)).toString();
    }

    private static Iterator<Unit> unitsOf(String name, String location, IngestOptions options, long splitBytes,
            HadoopFiles files) {
        String fileName = new Path(location).getName();
        InputFormat format = options.format() != null ? options.format() : InputFormat.detect(fileName);
        if (format == null) {
            return List.<Unit>of(new Unit.Rejected(name, 0, RejectReason.UNSUPPORTED_FORMAT.name(),
                    "unknown file type; expected .txt, .html, .warc, .jsonl or .csv (optionally .gz)")).iterator();
        }
        String fileId = Ingest.idOf(java.nio.file.Path.of(fileName));
        if (format != InputFormat.JSONL || splitBytes == 0) {
            return List.<Unit>of(new Unit.WholeFile(name, location, fileId, format)).iterator();
        }
        InputStream in;
        try {
            in = files.open(location);
        } catch (IOException e) {
            return List.<Unit>of(new Unit.Rejected(name, 0, RejectReason.UNREADABLE.name(), e.toString())).iterator();
        }
        return new LineSplitter(in, name, fileId, splitBytes, options.maxRecordBytes());
    }
}
