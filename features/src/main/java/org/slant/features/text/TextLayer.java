package org.slant.features.text;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slant.ingest.Article;
import org.slant.ingest.Block;
import org.slant.ingest.BlockKind;

/**
 * An article's text split once into blocks, sentences, tokens and quotations, for every extractor to
 * share. Immutable and thread-safe; built in time linear in the text length by hand-written character
 * loops (no regular expressions on the hot path).
 *
 * <p>Offsets are Java {@code char} indices into {@link #text()}, end exclusive. Token data is also
 * available by index ({@link #tokenStart(int)}, {@link #tokenIs(int, String)}) so hot loops need not
 * allocate.
 */
public final class TextLayer {

    private static final int MAX_QUOTE_NESTING = 8;
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "cmdr",
            "adm", "maj", "st", "jr", "sr", "prof", "rev", "hon", "pres", "supt", "det", "insp", "messrs",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vs", "v", "etc", "e.g", "i.e", "approx", "dept", "univ", "assn", "bros", "ft", "mt",
            "gens", "sens", "govs", "atty", "attys", "corp", "co", "inc", "ltd", "p.m", "a.m");

    private final String text;
    /** The text's characters: array access is cheaper than {@code String.charAt} on the hot loops. */
    private final char[] chars;
    private final char[] lower;
    private final List<TextBlock> blocks;
    private final int[] sentStart;
    private final int[] sentEnd;
    private final int[] sentBlock;
    private final int[] sentFirstToken;
    private final int[] sentEndToken;
    private final int sentCount;
    private final int[] tokStart;
    private final int[] tokEnd;
    private final int tokCount;
    private final List<Quote> quotes;
    /** Outermost quotes only: sorted, non-overlapping, for binary search. */
    private final int[] outerStart;
    private final int[] outerEnd;
    private final int[] outerIndex;
    /** Lower-cased token strings, built lazily by {@link #tokenLower(int)}. */
    private volatile String[] lowerTokens;

    private TextLayer(String text, List<TextBlock> blocks) {
        this.text = text;
        this.chars = text.toCharArray();
        int n = chars.length;
        this.lower = new char[n];
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            lower[i] = c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
        }
        this.blocks = List.copyOf(blocks);

        IntList ts = new IntList(Math.max(16, n / 5));
        IntList te = new IntList(Math.max(16, n / 5));
        tokenize(ts, te);
        this.tokStart = ts.toArray();
        this.tokEnd = te.toArray();
        this.tokCount = tokStart.length;

        IntList ss = new IntList(Math.max(8, n / 100));
        IntList se = new IntList(Math.max(8, n / 100));
        IntList sb = new IntList(Math.max(8, n / 100));
        for (int b = 0; b < this.blocks.size(); b++) {
            splitSentences(this.blocks.get(b), b, ss, se, sb);
        }
        this.sentStart = ss.toArray();
        this.sentEnd = se.toArray();
        this.sentBlock = sb.toArray();
        this.sentCount = sentStart.length;
        this.sentFirstToken = new int[sentCount];
        this.sentEndToken = new int[sentCount];
        int t = 0;
        for (int s = 0; s < sentCount; s++) {
            while (t < tokCount && tokStart[t] < sentStart[s]) {
                t++;
            }
            sentFirstToken[s] = t;
            while (t < tokCount && tokEnd[t] <= sentEnd[s]) {
                t++;
            }
            sentEndToken[s] = t;
        }

        this.quotes = findQuotes();
        int outer = 0;
        for (Quote q : quotes) {
            if (q.depth() == 0) {
                outer++;
            }
        }
        this.outerStart = new int[outer];
        this.outerEnd = new int[outer];
        this.outerIndex = new int[outer];
        int k = 0;
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            if (q.depth() == 0) {
                outerStart[k] = q.start();
                outerEnd[k] = q.end();
                outerIndex[k] = i;
                k++;
            }
        }
    }

    /**
     * Builds the layer of an article's text, with the article's blocks; an article without blocks is split
     * into blocks as {@link #of(String)} splits plain text.
     *
     * @param article the article
     * @return the layer of {@link Article#text()}
     */
    public static TextLayer of(Article article) {
        String t = article.text();
        List<TextBlock> bs = new ArrayList<>();
        if (article.blocks().isEmpty()) {
            return of(t);
        }
        for (Block b : article.blocks()) {
            bs.add(new TextBlock(b.start(), b.end(), b.kind()));
        }
        return new TextLayer(t, bs);
    }

    /**
     * Builds the layer of plain text; every non-blank line, stripped of surrounding white space, is a
     * {@link BlockKind#PARAGRAPH} block.
     *
     * @param text the text; null is read as empty
     * @return the layer
     */
    public static TextLayer of(String text) {
        String t = text == null ? "" : text;
        List<TextBlock> bs = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int lineEnd = i;
            while (lineEnd < n && t.charAt(lineEnd) != '\n' && t.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int s = i;
            int e = lineEnd;
            while (s < e && isSpace(t.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(t.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                bs.add(new TextBlock(s, e, BlockKind.PARAGRAPH));
            }
            i = lineEnd + 1;
        }
        return new TextLayer(t, bs);
    }

    /**
     * Gives the text all offsets index.
     *
     * @return the text; empty for null input
     */
    public String text() {
        return text;
    }

    /**
     * Reads a character lower-cased; lower-casing is per {@code char}, so offsets are unchanged.
     *
     * @param offset a character offset, from 0 to the text length - 1
     * @return the lower-cased character
     * @throws ArrayIndexOutOfBoundsException if {@code offset} is outside the text
     */
    public char lowerAt(int offset) {
        return lower[offset];
    }

    /**
     * Compares the text at an offset with a lower-case string, ignoring case, without allocating.
     *
     * @param offset where the comparison starts; any value
     * @param lowerCased the expected characters, already lower-cased
     * @return true if the text at {@code offset} equals {@code lowerCased} ignoring case; false if it would
     *     run outside the text
     */
    public boolean regionIs(int offset, String lowerCased) {
        int len = lowerCased.length();
        if (offset < 0 || offset + len > lower.length) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (lower[offset + i] != lowerCased.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists the paragraph-level blocks.
     *
     * @return the blocks in text order; unmodifiable
     */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /**
     * Finds the block that contains a character, by binary search.
     *
     * @param offset a character offset
     * @return the index in {@link #blocks()} of the block containing {@code offset}, or -1 if it lies
     *     between or outside blocks
     */
    public int blockAt(int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextBlock b = blocks.get(mid);
            if (offset < b.start()) {
                hi = mid - 1;
            } else if (offset >= b.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /**
     * Lists the sentences; each is created on access, so loops over many should prefer
     * {@link #sentence(int)} by index.
     *
     * @return an unmodifiable view of the sentences in text order
     */
    public List<Sentence> sentences() {
        return new AbstractList<>() {
            @Override
            public Sentence get(int i) {
                return sentence(i);
            }

            @Override
            public int size() {
                return sentCount;
            }
        };
    }

    /**
     * Counts the sentences.
     *
     * @return the number of sentences, 0 or more
     */
    public int sentenceCount() {
        return sentCount;
    }

    /**
     * Gives one sentence.
     *
     * @param i the sentence index, from 0 to {@link #sentenceCount()} - 1
     * @return a new sentence record
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public Sentence sentence(int i) {
        return new Sentence(sentStart[i], sentEnd[i], sentBlock[i], sentFirstToken[i], sentEndToken[i]);
    }

    /**
     * Finds the sentence that contains a character, by binary search.
     *
     * @param offset a character offset
     * @return the index of the sentence containing {@code offset}, or -1 if it lies between or outside
     *     sentences
     */
    public int sentenceAt(int offset) {
        int i = Arrays.binarySearch(sentStart, 0, sentCount, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && offset < sentEnd[i] ? i : -1;
    }

    /**
     * Lists the tokens; each is created on access, so hot loops should use the index methods such as
     * {@link #tokenStart(int)} and {@link #tokenIs(int, String)} instead.
     *
     * @return an unmodifiable view of the tokens in text order
     */
    public List<Token> tokens() {
        return new AbstractList<>() {
            @Override
            public Token get(int i) {
                return token(i);
            }

            @Override
            public int size() {
                return tokCount;
            }
        };
    }

    /**
     * Gives one token.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return a new token record
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public Token token(int i) {
        return new Token(tokStart[i], tokEnd[i], text.substring(tokStart[i], tokEnd[i]), isWord(i));
    }

    /**
     * Counts the tokens, words and punctuation.
     *
     * @return the number of tokens, 0 or more
     */
    public int tokenCount() {
        return tokCount;
    }

    /**
     * Gives where a token starts.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return the offset of its first character
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public int tokenStart(int i) {
        return tokStart[i];
    }

    /**
     * Gives where a token ends.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return the offset after its last character
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public int tokenEnd(int i) {
        return tokEnd[i];
    }

    /**
     * Gives a token as written; allocates a new string each call.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return the token's characters
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public String tokenText(int i) {
        return text.substring(tokStart[i], tokEnd[i]);
    }

    /**
     * Gives a token lower-cased; the strings are built once per layer, on first use, and shared. Safe from
     * several threads: at worst each builds the same array.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return the token lower-cased per {@code char}, as long as the token
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public String tokenLower(int i) {
        String[] a = lowerTokens;
        if (a == null) {
            a = new String[tokCount];
            for (int k = 0; k < tokCount; k++) {
                a[k] = new String(lower, tokStart[k], tokEnd[k] - tokStart[k]);
            }
            lowerTokens = a; // a benign race: every thread builds the same array
        }
        return a[i];
    }

    /**
     * Compares a token with a lower-case string, ignoring case, without allocating.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @param lowerCased the expected token, already lower-cased
     * @return true if the whole token equals {@code lowerCased} ignoring case
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public boolean tokenIs(int i, String lowerCased) {
        int s = tokStart[i];
        int len = tokEnd[i] - s;
        if (len != lowerCased.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (lower[s + k] != lowerCased.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells a word from punctuation.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return true if token {@code i} starts with a letter or digit
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public boolean isWord(int i) {
        return isLetterOrDigit(chars[tokStart[i]]);
    }

    /**
     * Tells whether a token is capitalised, e.g. to spot names.
     *
     * @param i the token index, from 0 to {@link #tokenCount()} - 1
     * @return true if token {@code i} starts with an upper-case letter
     * @throws ArrayIndexOutOfBoundsException if {@code i} is out of range
     */
    public boolean isCapitalized(int i) {
        return Character.isUpperCase(chars[tokStart[i]]);
    }

    /**
     * Finds the first token at or after a character, by binary search.
     *
     * @param offset a character offset
     * @return the index of the first token starting at or after {@code offset}, or {@link #tokenCount()}
     *     if none does
     */
    public int tokenAtOrAfter(int offset) {
        int i = Arrays.binarySearch(tokStart, 0, tokCount, offset);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Lists every quotation, nested ones included.
     *
     * @return the quotes ordered by start, each outermost quote before the quotes nested in it; unmodifiable
     */
    public List<Quote> quotes() {
        return quotes;
    }

    /**
     * Tells whether a character is quoted, by binary search over the outermost quotes.
     *
     * @param offset a character offset
     * @return true if {@code offset} lies inside a quotation, marks included
     */
    public boolean inQuote(int offset) {
        return outerIndexAt(offset) >= 0;
    }

    /**
     * Finds the outermost quotation that contains a character.
     *
     * @param offset a character offset
     * @return the quote, or empty if {@code offset} is not quoted
     */
    public Optional<Quote> quoteAt(int offset) {
        int k = outerIndexAt(offset);
        return k < 0 ? Optional.empty() : Optional.of(quotes.get(outerIndex[k]));
    }

    private int outerIndexAt(int offset) {
        int i = Arrays.binarySearch(outerStart, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i >= 0 && offset < outerEnd[i] ? i : -1;
    }

    // ---- tokens ----

    private void tokenize(IntList starts, IntList ends) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (isLetterOrDigit(c)) {
                int s = i;
                int segStart = i;
                i++;
                while (i < n) {
                    char d = chars[i];
                    if (isLetterOrDigit(d)) {
                        i++;
                    } else if (i + 1 < n && isLetterOrDigit(chars[i + 1])
                            && (d == '\'' || d == '\u2019' || d == '-' || d == '&'
                                || (d == '.' && (i - segStart == 1 || Character.isDigit(chars[i - 1]))))) {
                        i++;
                        segStart = i;
                    } else if (d == '.' && i - segStart == 1 && i - s >= 3 && Character.isLetter(chars[i - 1])) {
                        // trailing dot of an initialism such as U.S.
                        i++;
                        break;
                    } else {
                        break;
                    }
                }
                starts.add(s);
                ends.add(i);
            } else {
                starts.add(i);
                ends.add(i + 1);
                i++;
            }
        }
    }

    // ---- sentences ----

    private void splitSentences(TextBlock b, int blockIndex, IntList ss, IntList se, IntList sb) {
        int end = b.end();
        int s = b.start();
        int i = s;
        while (i < end) {
            char c = chars[i];
            if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < end && (chars[j] == '.' || chars[j] == '!' || chars[j] == '?')) {
                    j++;
                }
                while (j < end && isCloser(chars[j])) {
                    j++;
                }
                if (j < end && isSpace(chars[j])) {
                    int k = j;
                    while (k < end && isSpace(chars[k])) {
                        k++;
                    }
                    if (k < end && startsSentence(chars[k]) && !(c == '.' && isAbbreviation(i, s))) {
                        addSentence(s, j, blockIndex, ss, se, sb);
                        s = k;
                        i = k;
                        continue;
                    }
                }
                i = j;
                continue;
            }
            i++;
        }
        addSentence(s, end, blockIndex, ss, se, sb);
    }

    private void addSentence(int s, int e, int block, IntList ss, IntList se, IntList sb) {
        while (e > s && isSpace(chars[e - 1])) {
            e--;
        }
        if (e > s) {
            ss.add(s);
            se.add(e);
            sb.add(block);
        }
    }

    /** Whitespace including no-break spaces, which news texts use between words. */
    private static boolean isSpace(char c) {
        if (c < 128) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return SPACE[c];
    }

    /**
     * {@link Character#isLetterOrDigit(char)} and {@link #isSpace} for every char, looked up: the library
     * calls decode Unicode properties on each of the text's characters, several times per layer.
     */
    private static final boolean[] LETTER_OR_DIGIT = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTER_OR_DIGIT[c] = Character.isLetterOrDigit((char) c);
            SPACE[c] = Character.isWhitespace((char) c) || Character.isSpaceChar((char) c);
        }
    }

    private static boolean isLetterOrDigit(char c) {
        return LETTER_OR_DIGIT[c];
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB'
                || c == '\u203A';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201C' || c == '\u2018'
                || c == '\'' || c == '(' || c == '[' || c == '\u00AB' || c == '\u2014' || c == '-'
                || (Character.isLetter(c) && !Character.isLowerCase(c));
    }

    /** Whether the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private boolean isAbbreviation(int dot, int sentenceStart) {
        int w = dot;
        while (w > sentenceStart && (Character.isLetter(chars[w - 1]) || chars[w - 1] == '.')) {
            w--;
        }
        int len = dot - w;
        if (len == 0) {
            return false;
        }
        if (len == 1 && Character.isUpperCase(chars[w])) {
            return true; // an initial: "Donald J. Trump"
        }
        String word = new String(lower, w, len);
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        // initialisms such as "U.S" or "D.C" (the final dot is at `dot`)
        return len >= 3 && word.indexOf('.') > 0 && isInitialismContinuation(dot);
    }

    /** After "U.S." a capitalised word usually continues the sentence only when it is a name-like word. */
    private boolean isInitialismContinuation(int dot) {
        // Heuristic: treat an initialism followed by a common sentence opener as a boundary.
        int k = dot + 1;
        while (k < text.length() && isSpace(chars[k])) {
            k++;
        }
        int e = k;
        while (e < text.length() && Character.isLetter(chars[e])) {
            e++;
        }
        String next = new String(lower, k, e - k);
        return !SENTENCE_OPENERS.contains(next);
    }

    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this", "that",
            "there", "his", "her", "their", "its", "as", "if", "when", "while", "after", "before", "officials",
            "what", "who", "why", "how", "so", "yet", "still", "for", "at", "by", "with", "some", "many", "most");

    // ---- quotes ----

    private static final int DOUBLE = 0;
    private static final int SINGLE = 1;

    private List<Quote> findQuotes() {
        List<Quote> out = new ArrayList<>();
        int[] stackStart = new int[MAX_QUOTE_NESTING];
        int[] stackType = new int[MAX_QUOTE_NESTING];
        int[] stackWidth = new int[MAX_QUOTE_NESTING];
        int depth = 0;
        int skip = -1; // offset of a reopening mark consumed by a quote continuing over a paragraph break
        int skipWidth = 1;
        for (int b = 0; b < blocks.size(); b++) {
            TextBlock block = blocks.get(b);
            for (int i = block.start(); i < block.end(); i++) {
                if (i == skip) {
                    i += skipWidth - 1;
                    continue;
                }
                char c = chars[i];
                if (c != '"' && c != '\'' && c != '`' && c < '\u00AB') {
                    continue; // not a quotation mark: the common case
                }
                char prev = i > block.start() ? chars[i - 1] : ' ';
                int width = 1;
                if ((c == '\'' || c == '`') && i + 1 < block.end() && chars[i + 1] == c) {
                    // typewriter double quotes: '' and ``
                    c = c == '`' ? '\u201C' : '"';
                    width = 2;
                }
                char next = i + width < block.end() ? chars[i + width] : ' ';
                int at = i;
                i += width - 1;
                switch (c) {
                    case '\u201C', '\u201E', '\u00AB' -> {
                        // a typo'd closing mark: an opening mark glued to the end of a word inside a quote
                        boolean closeForm = !isSpace(prev) && !isLetterOrDigit(next);
                        if (c == '\u201C' && closeForm && topmost(stackType, depth, DOUBLE) >= 0) {
                            depth = close(stackStart, stackType, stackWidth, depth, at, DOUBLE, out);
                        } else {
                            depth = open(stackStart, stackType, stackWidth, depth, at, DOUBLE, width);
                        }
                    }
                    case '\u201D', '\u00BB' -> {
                        // and a typo'd opening mark: a closing mark before a word, with no quote open
                        boolean openForm = opensBefore(prev) && isLetterOrDigit(next);
                        if (c == '\u201D' && openForm && topmost(stackType, depth, DOUBLE) < 0) {
                            depth = open(stackStart, stackType, stackWidth, depth, at, DOUBLE, width);
                        } else {
                            depth = close(stackStart, stackType, stackWidth, depth, at + width - 1, DOUBLE, out);
                        }
                    }
                    case '"' -> {
                        boolean openForm = opensBefore(prev) && !isSpace(next);
                        int open = topmost(stackType, depth, DOUBLE);
                        if (open >= 0 && !openForm) {
                            depth = close(stackStart, stackType, stackWidth, depth, at + width - 1, DOUBLE, out);
                        } else if (open >= 0) {
                            // a second opening mark while one is open: the first was never closed
                            for (int k = depth - 1; k >= open; k--) {
                                if (stackType[k] == DOUBLE) {
                                    out.add(new Quote(stackStart[k], at, k, false, stackWidth[k]));
                                }
                            }
                            depth = open;
                            depth = open(stackStart, stackType, stackWidth, depth, at, DOUBLE, width);
                        } else if (openForm) {
                            depth = open(stackStart, stackType, stackWidth, depth, at, DOUBLE, width);
                        }
                    }
                    case '\u2018', '\u2039', '\u201A' -> {
                        if (opensBefore(prev)) {
                            depth = open(stackStart, stackType, stackWidth, depth, at, SINGLE, 1);
                        }
                    }
                    case '\u2019', '\u203A', '\'' -> {
                        boolean closeForm = !isSpace(prev) && !isLetterOrDigit(next);
                        if (closeForm && topmost(stackType, depth, SINGLE) >= 0) {
                            depth = close(stackStart, stackType, stackWidth, depth, at, SINGLE, out);
                        } else if (c == '\'' && opensBefore(prev) && Character.isLetter(next)) {
                            depth = open(stackStart, stackType, stackWidth, depth, at, SINGLE, 1);
                        }
                    }
                    default -> {
                        // not a quotation mark
                    }
                }
            }
            if (depth == 0) {
                continue;
            }
            // Singles never run over a paragraph break; a double continues if the next block reopens it.
            int keep = depth;
            while (keep > 0 && stackType[keep - 1] == SINGLE) {
                keep--;
            }
            depth = keep;
            if (depth == 0) {
                continue;
            }
            boolean continues = false;
            if (b + 1 < blocks.size()) {
                int ns = blocks.get(b + 1).start();
                char nc = chars[ns];
                boolean pair = (nc == '\'' || nc == '`') && ns + 1 < text.length() && chars[ns + 1] == nc;
                continues = nc == '\u201C' || nc == '"' || nc == '\u00AB' || nc == '\u201E' || pair;
                if (continues) {
                    skip = ns;
                    skipWidth = pair ? 2 : 1;
                }
            }
            if (!continues) {
                for (int k = depth - 1; k >= 0; k--) {
                    if (stackType[k] == DOUBLE) {
                        out.add(new Quote(stackStart[k], block.end(), k, false, stackWidth[k]));
                    }
                }
                depth = 0;
            }
        }
        for (int k = depth - 1; k >= 0; k--) {
            if (stackType[k] == DOUBLE) {
                out.add(new Quote(stackStart[k], blocks.get(blocks.size() - 1).end(), k, false, stackWidth[k]));
            }
        }
        out.sort((x, y) -> x.start() != y.start() ? Integer.compare(x.start(), y.start())
                : Integer.compare(x.depth(), y.depth()));
        return List.copyOf(out);
    }

    private static boolean opensBefore(char prev) {
        return isSpace(prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013'
                || prev == '-' || prev == '/' || prev == '\u201C' || prev == '\u2018' || prev == '"' || prev == ':'
                || prev == '\u00AB' || prev == '\u00A0';
    }

    private static int topmost(int[] stackType, int depth, int type) {
        for (int k = depth - 1; k >= 0; k--) {
            if (stackType[k] == type) {
                return k;
            }
        }
        return -1;
    }

    private static int open(int[] stackStart, int[] stackType, int[] stackWidth, int depth, int at, int type,
            int width) {
        if (depth >= stackStart.length) {
            return depth; // absurd nesting: ignore further openers rather than grow
        }
        stackStart[depth] = at;
        stackType[depth] = type;
        stackWidth[depth] = width;
        return depth + 1;
    }

    private static int close(int[] stackStart, int[] stackType, int[] stackWidth, int depth, int at, int type,
            List<Quote> out) {
        int k = topmost(stackType, depth, type);
        if (k < 0) {
            return depth; // stray closing mark
        }
        // unclosed singles above the match are dropped (apostrophes mistaken for openers)
        out.add(new Quote(stackStart[k], at + 1, k, true, stackWidth[k]));
        return k;
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] a;
        private int size;

        IntList(int capacity) {
            a = new int[capacity];
        }

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
