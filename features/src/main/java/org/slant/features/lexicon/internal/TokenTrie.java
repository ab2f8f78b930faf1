package org.slant.features.lexicon.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie keyed by whole lower-case words. Each node maps the next word to a child; a node where a form
 * ends carries a payload. Built once, then read-only (safe to share between threads).
 *
 * @param <T> the payload type
 */
public final class TokenTrie<T> {
    private final Node<T> root = new Node<>();

    private static final class Node<T> {
        Map<String, Node<T>> children;
        List<T> payload;
    }

    /** Adds a payload under a form of space-separated lower-case words. */
    public void add(String form, T value) {
        Node<T> n = root;
        for (String w : form.split(" ")) {
            if (n.children == null) {
                n.children = new HashMap<>();
            }
            n = n.children.computeIfAbsent(w, k -> new Node<>());
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
            if (n.children == null) {
                break;
            }
            n = n.children.get(tokens.word(i));
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
