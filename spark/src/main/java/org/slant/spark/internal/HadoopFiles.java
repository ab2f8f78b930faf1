package org.slant.spark.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Files on any Hadoop-compatible filesystem. Holds the driver's Hadoop settings as plain strings, because
 * {@link Configuration} is not serializable and executors must see the same {@code spark.hadoop.*} settings.
 */
public final class HadoopFiles implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:"); // two letters at least: C:\\ is a drive

    private final TreeMap<String, String> settings;
    private transient Configuration conf;

    /** Copies the driver's Hadoop configuration. */
    public HadoopFiles(Configuration driver) {
        this.settings = new TreeMap<>();
        for (Map.Entry<String, String> e : driver) {
            settings.put(e.getKey(), e.getValue());
        }
        this.conf = driver;
    }

    /** The Hadoop configuration, rebuilt once per JVM copy of this object. */
    public Configuration conf() {
        if (conf == null) {
            Configuration c = new Configuration(false);
            settings.forEach(c::set);
            conf = c;
        }
        return conf;
    }

    /** The filesystem holding {@code location}. */
    public FileSystem fileSystem(String location) throws IOException {
        return new Path(location).getFileSystem(conf());
    }

    /** Whether a listed entry is a URI with a scheme ({@code hdfs://...}, {@code s3a://...}) rather than a local path. */
    public static boolean hasScheme(String entry) {
        return SCHEME.matcher(entry).find();
    }

    /**
     * Opens a file, decompressing gzip when its first bytes say so (as {@code slant run} does, whatever the
     * name), so gzipped files with several members and truncated members behave as they do on one machine.
     */
    public InputStream open(String location) throws IOException {
        Path p = new Path(location);
        InputStream in = new BufferedInputStream(p.getFileSystem(conf()).open(p), 1 << 16);
        try {
            in.mark(2);
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) {
                return new GZIPInputStream(in, 1 << 16);
            }
            return in;
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }
}
