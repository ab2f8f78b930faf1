package org.slant.features.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slant.features.FeaturesException;
import org.slant.features.lexicon.internal.LexiconParser;

/**
 * An immutable set of {@link LexiconEntry entries}. {@link #builtIn()} is Slant's own lexicon (resource
 * {@code builtin.tsv} beside this class, documented in its header); {@link #load} reads a user's list.
 *
 * <p>File format, UTF-8 (windows-1252 accepted when the file is not valid UTF-8): one entry per line;
 * blank lines and lines starting with {@code #} or {@code ;} are ignored. A line without a tab is a plain
 * term in the default category. A tab-separated line is {@code category, forms[, side[, group[, gloss]]]},
 * with {@code -} for an empty column, forms separated by {@code |}, and {@code word/v} ({@code word/n})
 * standing for a verb's regular forms (a noun's plural). Categories are {@link Category} names in any case.
 */
public final class Lexicon {
    private static final String BUILT_IN = "builtin.tsv";
    private static volatile Lexicon builtIn;

    private final List<LexiconEntry> entries;

    private Lexicon(List<LexiconEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Makes a lexicon of entries built in code.
     *
     * @param entries the entries, possibly none; copied in iteration order
     * @return the lexicon
     */
    public static Lexicon of(Collection<LexiconEntry> entries) {
        return new Lexicon(new ArrayList<>(entries));
    }

    /**
     * Gives Slant's built-in lexicon, parsed from its resource on first use and shared afterwards.
     *
     * @return the built-in lexicon
     * @throws IllegalStateException if the resource is missing or malformed (a broken build)
     */
    public static Lexicon builtIn() {
        Lexicon l = builtIn;
        if (l == null) {
            try (InputStream in = Lexicon.class.getResourceAsStream(BUILT_IN)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + BUILT_IN + " missing from the classpath");
                }
                l = new Lexicon(LexiconParser.parse(LexiconParser.decode(in.readAllBytes()), null));
            } catch (IOException | LexiconParser.LineException e) {
                throw new IllegalStateException("built-in lexicon " + BUILT_IN + " is broken: " + e.getMessage(), e);
            }
            builtIn = l;
        }
        return l;
    }

    /**
     * Reads a lexicon file (format in the class comment).
     *
     * @param path the file
     * @param defaultCategory the category of plain lines; null to require a category column on every line
     * @return the lexicon, entries in file order
     * @throws FeaturesException if the file cannot be read, a line is malformed (the message names file and
     *     line) or the file holds no entry
     */
    public static Lexicon load(Path path, Category defaultCategory) throws FeaturesException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FeaturesException("cannot read lexicon " + path + ": " + e.getMessage(), e);
        }
        List<LexiconEntry> list;
        try {
            list = LexiconParser.parse(LexiconParser.decode(bytes), defaultCategory);
        } catch (LexiconParser.LineException e) {
            throw new FeaturesException("lexicon " + path + ", " + e.getMessage(), e);
        }
        if (list.isEmpty()) {
            throw new FeaturesException("lexicon " + path + " holds no entries");
        }
        return new Lexicon(list);
    }

    /**
     * Parses lexicon text held in memory (format in the class comment). Unlike {@link #load}, text without
     * any entry gives an empty lexicon.
     *
     * @param name how error messages name the text
     * @param text the lexicon text
     * @param defaultCategory the category of plain lines; null to require a category column on every line
     * @return the lexicon, entries in text order
     * @throws FeaturesException if a line is malformed; the message names {@code name} and the line
     */
    public static Lexicon parse(String name, String text, Category defaultCategory) throws FeaturesException {
        try {
            return new Lexicon(LexiconParser.parse(text, defaultCategory));
        } catch (LexiconParser.LineException e) {
            throw new FeaturesException("lexicon " + name + ", " + e.getMessage(), e);
        }
    }

    /**
     * Lists the entries.
     *
     * @return the entries, in file order; unmodifiable
     */
    public List<LexiconEntry> entries() {
        return entries;
    }

    /**
     * Counts the entries.
     *
     * @return the number of entries, 0 or more
     */
    public int size() {
        return entries.size();
    }

    /**
     * Combines two lexicons, e.g. the built-in one and a user's list; entries in both are kept twice.
     *
     * @param other the lexicon to append
     * @return a lexicon of this lexicon's entries followed by {@code other}'s
     */
    public Lexicon plus(Lexicon other) {
        List<LexiconEntry> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Lexicon(all);
    }

    /**
     * Counts the entries per category, for reporting.
     *
     * @return a new mutable map in category order, holding only categories with entries
     */
    public Map<Category, Integer> countsByCategory() {
        Map<Category, Integer> m = new EnumMap<>(Category.class);
        for (LexiconEntry e : entries) {
            m.merge(e.category(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Builds a matcher over this lexicon; building costs time linear in the lexicon size, so reuse it.
     *
     * @return a new thread-safe matcher of every form of every entry
     */
    public TermMatcher matcher() {
        return new TermMatcher(this);
    }
}
