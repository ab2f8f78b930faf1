package org.slant.cli.words;

import java.util.ArrayList;
import java.util.List;

/** Small labelled sentences written for these tests: a few judgemental adjectives are the marked words. */
final class Fixtures {
    private Fixtures() {
    }

    static final List<String> LOADED = List.of("disgraceful", "shameful", "outrageous", "reckless");
    private static final List<String> SUBJECTS = List.of("The council", "The minister", "The company", "The union",
            "The mayor", "The court");
    private static final List<String> NOUNS = List.of("decision", "plan", "budget", "statement", "ruling");

    /**
     * One JSON line per sentence, in Slant's labelled form: {@code groups} groups of eight sentences, half of
     * them with one marked loaded adjective.
     */
    static List<String> lines(int groups) {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (int g = 0; g < groups; g++) {
            for (int k = 0; k < 8; k++, n++) {
                String subject = SUBJECTS.get(n % SUBJECTS.size());
                String noun = NOUNS.get((n / 2) % NOUNS.size());
                String text;
                String spans;
                String label;
                if (k % 2 == 0) {
                    String word = LOADED.get((n / 2) % LOADED.size());
                    String head = subject + " announced a ";
                    text = head + word + " " + noun + " on Monday.";
                    spans = "[[" + head.length() + "," + (head.length() + word.length()) + "]]";
                    label = "Biased";
                } else {
                    text = subject + " announced a new " + noun + " on Tuesday.";
                    spans = "[]";
                    label = "Non-biased";
                }
                out.add("{\"id\":\"s" + n + "\",\"text\":\"" + text + "\",\"spans\":" + spans + ",\"label\":\"" + label
                        + "\",\"group\":\"article-" + g + "\"}");
            }
        }
        return out;
    }

    static byte[] bytes(int groups) {
        return (String.join("\n", lines(groups)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
