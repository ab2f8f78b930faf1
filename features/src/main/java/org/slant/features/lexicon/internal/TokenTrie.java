package org.slant.features.lexicon.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A trie keyed by whole lower-case words. Each node maps the next word to a child; a node where a form
 * ends carries a payload. Built once, then read-only (safe to share between threads). Children are found
 * by comparing a token's characters ({@link Tokens#is}), so a walk makes no strings.
 *
 * @param <T> the payload type
 */
public final class TokenTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        /** Open addressing over the child words; null when the node has no children. */
        String[] keys;
        int[] hashes;
        Node<T>[] children;
        int size;
        List<T> payload;

        Node<T> child(Tokens tokens, int i) {
            if (keys == null) {
                return null;
            }
            int h = tokens.hash(i);
            int mask = keys.length - 1;
            for (int s = WordSet.slot(h, mask); keys[s] != null; s = (s + 1) & mask) {
                if (hashes[s] == h && tokens.is(i, keys[s], h)) {
                    return children[s];
                }
            }
            return null;
        }

        Node<T> childOrAdd(String w) {
            if (keys == null) {
                allocate(4);
            }
            int h = w.hashCode();
            int mask = keys.length - 1;
            int s = WordSet.slot(h, mask);
            for (; keys[s] != null; s = (s + 1) & mask) {
                if (keys[s].equals(w)) {
                    return children[s];
                }
            }
            Node<T> c = new Node<>();
            keys[s] = w;
            hashes[s] = h;
            children[s] = c;
            if (++size * 2 > keys.length) {
                String[] oldKeys = keys;
                Node<T>[] oldChildren = children;
                allocate(keys.length * 2);
                for (int k = 0; k < oldKeys.length; k++) {
                    if (oldKeys[k] != null) {
                        put(oldKeys[k], oldChildren[k]);
                    }
                }
            }
            return c;
        }

        @SuppressWarnings("unchecked")
        private void allocate(int capacity) {
            keys = new String[capacity];
            hashes = new int[capacity];
            children = (Node<T>[]) new Node<?>[capacity];
        }

        private void put(String w, Node<T> c) {
            int mask = keys.length - 1;
            int s = WordSet.slot(w.hashCode(), mask);
            while (keys[s] != null) {
                s = (s + 1) & mask;
            }
            keys[s] = w;
            hashes[s] = w.hashCode();
            children[s] = c;
        }
    }

    /** Adds a payload under a form of space-separated lower-case words. */
    public void add(String form, T value) {
        Node<T> n = root;
        for (String w : form.split(" ")) {
            n = n.childOrAdd(w);
        }
        if (n.payload == null) {
            n.payload = new ArrayList<>(1);
        }
        if (!n.payload.contains(value)) {
            n.payload.add(value);
        }
    }

    /**
     * The longest form starting at token {@code from}: returns the index after its last token, or
     * {@code -1} if no form starts there. {@code out} receives the payloads of that form.
     */
    public int longest(Tokens tokens, int from, List<T> out) {
        Node<T> n = root;
        int best = -1;
        List<T> bestPayload = null;
        for (int i = from; i < tokens.size(); i++) {
            if (i > from && !tokens.joined(i)) {
                break;
            }
            n = n.child(tokens, i);
            if (n == null) {
                break;
            }
            if (n.payload != null) {
                best = i + 1;
                bestPayload = n.payload;
            }
        }
        if (bestPayload != null) {
            out.addAll(bestPayload);
        }
        return best;
    }
}
