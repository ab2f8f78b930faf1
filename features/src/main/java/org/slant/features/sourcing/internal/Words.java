package org.slant.features.sourcing.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Hand-written word lists for attribution finding. All entries lower-case. */
final class Words {

    private Words() {
    }

    /** An immutable set; duplicates in a hand-written list are harmless. */
    private static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    /** A report or cognition verb form. */
    record Cue(String lemma, int flags) {
        boolean has(int flag) {
            return (flags & flag) != 0;
        }
    }

    /** Takes an addressee before the content ("told reporters that"). */
    static final int TELL = 1;
    /** Counts only with a "that" clause after it ("found that", "learned that"). */
    static final int THAT_ONLY = 2;
    /** Also a common plural noun ("reports", "claims"): not a cue after a determiner. */
    static final int NOUNISH = 4;
    /** Needs a clause after it, never closes a sentence as "..., X thinks." is rare. */
    static final int COGNITION = 8;
    /** Takes a noun-phrase or infinitive object as content ("called the deal “a disaster”", "declined to comment"). */
    static final int OBJECT = 16;
    /** A thinking verb that also takes a "to" infinitive as content ("hopes to win"). */
    static final int INFINITIVE = 32;
    /** An attitude adjective after a form of "be" ("is worried about", "were confident that"). */
    static final int ADJECTIVE = 64;

    private static final Set<String> BARE_NOUNS = set("plan", "view", "back", "support", "call", "question",
            "attack", "order", "offer", "favor", "favour", "thank", "talk", "tout", "reference", "mention", "state",
            "challenge", "add",
            "report");

    static final Map<String, Cue> CUES = new HashMap<>();

    private static void verb(int flags, String lemma, String... forms) {
        Cue c = new Cue(lemma, flags);
        if (!BARE_NOUNS.contains(lemma)) {
            CUES.put(lemma, c); // some bare forms are mostly nouns ("plan", "view", "back")
        }
        for (String f : forms) {
            CUES.put(f, c);
        }
    }

    static {
        verb(0, "say", "says", "said", "saying");
        verb(TELL, "tell", "tells", "told", "telling");
        verb(0, "add", "adds", "added", "adding");
        verb(NOUNISH, "claim", "claims", "claimed", "claiming");
        verb(0, "argue", "argues", "argued", "arguing");
        verb(TELL, "warn", "warns", "warned", "warning");
        verb(NOUNISH, "note", "notes", "noted", "noting");
        verb(0, "explain", "explains", "explained", "explaining");
        verb(0, "insist", "insists", "insisted", "insisting");
        verb(0, "write", "writes", "wrote", "writing");
        verb(TELL, "ask", "asks", "asked", "asking");
        verb(NOUNISH, "report", "reports", "reported", "reporting");
        verb(0, "announce", "announces", "announced", "announcing");
        verb(0, "state", "stated"); // "state(s)" is mostly the noun
        verb(0, "declare", "declares", "declared", "declaring");
        verb(0, "suggest", "suggests", "suggested", "suggesting");
        verb(COGNITION, "believe", "believes", "believed", "believing");
        verb(COGNITION, "think", "thinks", "thought", "thinking");
        verb(COGNITION, "know", "knows", "knew");
        verb(COGNITION, "see", "sees", "saw");
        verb(0, "contend", "contends", "contended", "contending");
        verb(0, "acknowledge", "acknowledges", "acknowledged", "acknowledging");
        verb(0, "admit", "admits", "admitted", "admitting");
        verb(0, "deny", "denies", "denied", "denying");
        verb(0, "predict", "predicts", "predicted", "predicting");
        verb(0, "recall", "recalls", "recalled", "recalling");
        verb(TELL, "urge", "urges", "urged", "urging");
        verb(NOUNISH | THAT_ONLY, "estimate", "estimates", "estimated", "estimating");
        verb(NOUNISH, "promise", "promises", "promised", "promising");
        verb(NOUNISH, "vow", "vows", "vowed", "vowing");
        verb(NOUNISH | OBJECT, "pledge", "pledges", "pledged", "pledging");
        verb(THAT_ONLY, "indicate", "indicates", "indicated", "indicating");
        verb(0, "confirm", "confirms", "confirmed", "confirming");
        verb(THAT_ONLY, "reveal", "reveals", "revealed", "revealing");
        verb(THAT_ONLY, "conclude", "concludes", "concluded", "concluding");
        verb(0, "assert", "asserts", "asserted", "asserting");
        verb(THAT_ONLY, "maintain", "maintains", "maintained", "maintaining");
        verb(NOUNISH, "reply", "replies", "replied", "replying");
        verb(0, "respond", "responds", "responded", "responding");
        verb(NOUNISH, "tweet", "tweets", "tweeted", "tweeting");
        verb(THAT_ONLY, "post", "posted");
        verb(0, "complain", "complains", "complained", "complaining");
        verb(NOUNISH | THAT_ONLY, "charge", "charges", "charged", "charging");
        verb(0, "allege", "alleges", "alleged", "alleging");
        verb(COGNITION, "feel", "feels", "felt");
        verb(THAT_ONLY, "worry", "worries", "worried");
        verb(COGNITION, "fear", "fears", "feared");
        verb(COGNITION | INFINITIVE, "hope", "hopes", "hoped", "hoping");
        verb(OBJECT, "agree", "agrees", "agreed");
        verb(0, "concede", "concedes", "conceded", "conceding");
        verb(THAT_ONLY, "observe", "observes", "observed", "observing");
        verb(THAT_ONLY, "emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
                "emphasised", "emphasising");
        verb(THAT_ONLY, "stress", "stresses", "stressed", "stressing");
        verb(0, "remark", "remarked");
        verb(0, "testify", "testifies", "testified");
        verb(0, "boast", "boasts", "boasted", "boasting");
        verb(0, "joke", "joked");
        verb(0, "quip", "quipped");
        verb(0, "hint", "hinted");
        verb(0, "speculate", "speculates", "speculated");
        verb(0, "reiterate", "reiterates", "reiterated", "reiterating");
        verb(0, "counter", "countered");
        verb(0, "retort", "retorted");
        verb(THAT_ONLY, "learn", "learned", "learnt");
        verb(COGNITION, "find", "finds", "found");
        verb(COGNITION, "show", "shows", "showed", "shown", "showing");
        verb(THAT_ONLY, "realize", "realized", "realise", "realised");
        verb(THAT_ONLY, "recognize", "recognized", "recognise", "recognised");
        verb(THAT_ONLY, "understand", "understands", "understood");
        verb(COGNITION | INFINITIVE, "expect", "expects", "expected");
        verb(THAT_ONLY, "mean", "means", "meant");
        verb(0, "caution", "cautioned", "cautions");
        verb(TELL, "assure", "assured", "assures");
        verb(TELL, "remind", "reminded", "reminds", "reminding");
        verb(TELL, "inform", "informed", "informs");
        verb(0, "comment", "commented");
        verb(0, "continue", "continued");
        verb(0, "wonder", "wondered", "wonders");
        verb(0, "propose", "proposed", "proposes");
        verb(0, "demand", "demanded", "demands");
        verb(0, "insinuate", "insinuated");
        verb(0, "proclaim", "proclaimed");
        verb(0, "acknowledge", "acknowledged");
        verb(0, "point", "pointed"); // only with "out": checked by the finder
        verb(OBJECT | NOUNISH, "call", "calls", "called", "calling");
        verb(OBJECT, "describe", "describes", "described", "describing");
        verb(OBJECT, "accuse", "accuses", "accused", "accusing");
        verb(OBJECT, "criticize", "criticizes", "criticized", "criticizing", "criticise", "criticised");
        verb(OBJECT, "endorse", "endorses", "endorsed", "endorsing");
        verb(OBJECT, "defend", "defends", "defended", "defending");
        verb(OBJECT, "praise", "praises", "praised", "praising");
        verb(OBJECT, "want", "wants", "wanted");
        verb(OBJECT, "decline", "declines", "declined", "declining");
        verb(OBJECT, "refuse", "refuses", "refused", "refusing");
        verb(OBJECT, "oppose", "opposes", "opposed", "opposing");
        verb(OBJECT | NOUNISH, "support", "supports", "supported", "supporting");
        verb(OBJECT, "reject", "rejects", "rejected", "rejecting");
        verb(OBJECT, "blame", "blames", "blamed", "blaming");
        verb(OBJECT, "dismiss", "dismisses", "dismissed", "dismissing");
        verb(OBJECT, "question", "questioned", "questioning");
        verb(OBJECT, "cite", "cites", "cited", "citing");
        verb(OBJECT, "seek", "seeks", "sought", "seeking");
        verb(OBJECT, "attack", "attacked", "attacking");
        verb(OBJECT, "blast", "blasts", "blasted", "blasting");
        verb(OBJECT, "mock", "mocks", "mocked", "mocking");
        verb(OBJECT, "denounce", "denounces", "denounced", "denouncing");
        verb(OBJECT, "condemn", "condemns", "condemned", "condemning");
        verb(OBJECT, "slam", "slams", "slammed", "slamming");
        verb(OBJECT, "applaud", "applauds", "applauded", "applauding");
        verb(OBJECT, "welcome", "welcomed", "welcomes");
        verb(OBJECT, "thank", "thanked", "thanking");
        verb(OBJECT, "discuss", "discussed", "discusses", "discussing");
        verb(OBJECT, "express", "expressed", "expresses", "expressing");
        verb(OBJECT | NOUNISH, "plan", "plans", "planned");
        verb(OBJECT, "prefer", "prefers", "preferred");
        verb(OBJECT, "offer", "offered");
        verb(OBJECT, "back", "backed");
        verb(OBJECT, "challenge", "challenged", "challenging");
        verb(OBJECT, "dispute", "disputed", "disputes");
        verb(OBJECT, "reference", "referenced");
        verb(OBJECT | NOUNISH, "mention", "mentioned", "mentions", "mentioning");
        verb(OBJECT, "acknowledge", "acknowledged", "acknowledges");
        verb(OBJECT, "highlight", "highlighted", "highlights", "highlighting");
        verb(OBJECT, "tout", "touted", "touts", "touting");
        verb(OBJECT, "vow", "vowed", "vows");
        verb(OBJECT, "promise", "promised");
        verb(OBJECT, "urge", "urged", "urges", "urging");
        verb(OBJECT, "refer", "referred", "referring", "refers");
        verb(OBJECT, "talk", "talked", "talking");
        verb(OBJECT, "consider", "considers", "considered");
        verb(OBJECT, "view");
        verb(OBJECT, "threaten", "threatened", "threatens", "threatening");
        verb(OBJECT, "recommend", "recommended", "recommends");
        verb(OBJECT, "advocate", "advocated");
        verb(OBJECT, "embrace", "embraced", "embraces");
        verb(OBJECT, "favor", "favors", "favour");
        verb(OBJECT, "lament", "lamented", "laments");
        verb(OBJECT, "decry", "decried", "decries");
        // more communication, judgement and attitude verbs (general English verb classes, not corpus lists)
        verb(0, "shout", "shouted", "shouts", "shouting");
        verb(0, "yell", "yelled", "yells", "yelling");
        verb(0, "exclaim", "exclaimed", "exclaims");
        verb(0, "whisper", "whispered", "whispers");
        verb(0, "mutter", "muttered", "mutters");
        verb(0, "scream", "screamed", "screams");
        verb(0, "chant", "chanted", "chanting", "chants");
        verb(0, "recount", "recounted", "recounts", "recounting");
        verb(0, "confess", "confessed", "confesses", "confessing");
        verb(0, "disclose", "disclosed", "discloses", "disclosing");
        verb(0, "brag", "bragged", "brags", "bragging");
        verb(0, "grumble", "grumbled", "grumbles");
        verb(0, "gripe", "griped", "gripes");
        verb(0, "forecast", "forecasts", "forecasting");
        verb(COGNITION, "reckon", "reckons", "reckoned");
        verb(COGNITION, "guess", "guessed", "guesses");
        verb(THAT_ONLY, "figure", "figured", "figures");
        verb(COGNITION, "assume", "assumed", "assumes", "assuming");
        verb(COGNITION, "suspect", "suspected", "suspects");
        verb(COGNITION, "doubt", "doubted", "doubts");
        verb(0, "imply", "implied", "implies", "implying");
        verb(THAT_ONLY, "signal", "signaled", "signalled", "signals", "signaling", "signalling");
        verb(0, "swear", "swore", "sworn", "swears");
        verb(0, "plead", "pleaded", "pled", "pleads", "pleading");
        verb(0, "clarify", "clarified", "clarifies", "clarifying");
        verb(THAT_ONLY, "underscore", "underscored", "underscores", "underscoring");
        verb(THAT_ONLY, "determine", "determined", "determines");
        verb(THAT_ONLY, "rule", "ruled", "rules");
        verb(COGNITION, "remember", "remembered", "remembers");
        verb(THAT_ONLY, "forget", "forgot", "forgotten", "forgets");
        verb(COGNITION, "imagine", "imagined", "imagines");
        verb(THAT_ONLY, "prove", "proved", "proves", "proven");
        verb(THAT_ONLY, "demonstrate", "demonstrated", "demonstrates", "demonstrating");
        verb(THAT_ONLY, "verify", "verified", "verifies");
        verb(0, "concur", "concurred", "concurs");
        verb(0, "repeat", "repeated", "repeats", "repeating");
        verb(0, "theorize", "theorized", "theorizes");
        verb(0, "surmise", "surmised");
        verb(0, "opine", "opined", "opines");
        verb(0, "posit", "posited", "posits");
        verb(0, "lie", "lied");
        verb(0, "apologize", "apologized", "apologizes", "apologizing", "apologise", "apologised");
        verb(OBJECT, "echo", "echoed", "echoes", "echoing");
        verb(OBJECT, "request", "requested", "requests", "requesting");
        verb(OBJECT, "order", "ordered", "orders", "ordering");
        verb(OBJECT, "instruct", "instructed", "instructs");
        verb(OBJECT, "encourage", "encouraged", "encourages");
        verb(OBJECT, "petition", "petitioned");
        verb(OBJECT, "beg", "begged", "begs", "begging");
        verb(OBJECT, "assail", "assailed", "assails", "assailing");
        verb(OBJECT, "bash", "bashed", "bashes", "bashing");
        verb(OBJECT, "chide", "chided", "chides", "chiding");
        verb(OBJECT, "scold", "scolded", "scolds");
        verb(OBJECT, "rebuke", "rebuked", "rebukes");
        verb(OBJECT, "hail", "hailed", "hails", "hailing");
        verb(OBJECT, "laud", "lauded", "lauds");
        verb(OBJECT, "commend", "commended", "commends");
        verb(OBJECT, "congratulate", "congratulated", "congratulates", "congratulating");
        verb(OBJECT, "refute", "refuted", "refutes");
        verb(OBJECT, "rebut", "rebutted", "rebuts");
        verb(OBJECT, "contradict", "contradicted", "contradicts");
        verb(OBJECT, "disagree", "disagreed", "disagrees");
        verb(OBJECT, "approve", "approved", "approves");
        verb(OBJECT, "disapprove", "disapproved", "disapproves");
        verb(OBJECT, "justify", "justified", "justifies", "justifying");
        verb(OBJECT, "deplore", "deplored", "deplores");
        verb(OBJECT, "intend", "intended", "intends");
        verb(OBJECT, "decide", "decided", "decides");
        verb(OBJECT, "wish", "wished", "wishes");
        verb(OBJECT, "dislike", "disliked", "dislikes");
        verb(OBJECT, "ridicule", "ridiculed", "ridicules");
        verb(OBJECT, "downplay", "downplayed", "downplays", "downplaying");
        verb(OBJECT, "portray", "portrayed", "portrays", "portraying");
        verb(OBJECT, "characterize", "characterized", "characterizes", "characterise", "characterised");
        verb(OBJECT, "label", "labeled", "labelled", "labels");
        verb(OBJECT, "dub", "dubbed", "dubs");
        verb(OBJECT, "nominate", "nominated", "nominates");
        verb(OBJECT, "recommend", "recommended", "recommends", "recommending");
        verb(OBJECT, "invoke", "invoked", "invokes", "invoking");
        verb(OBJECT, "quote", "quoted", "quotes", "quoting");
        verb(OBJECT, "retweet", "retweeted", "retweets");
        verb(OBJECT, "tease", "teased", "teases");
        verb(OBJECT, "anticipate", "anticipated", "anticipates");
        verb(OBJECT, "envision", "envisioned", "envisions");
        verb(OBJECT, "regret", "regretted", "regrets");
        for (String adj : new String[] {"worried", "concerned", "confident", "optimistic", "pessimistic",
            "skeptical", "sceptical", "convinced", "certain", "sure", "afraid", "hopeful", "unhappy",
            "upset", "pleased", "disappointed", "frustrated", "nervous", "excited", "keen",
            "committed", "critical", "supportive", "wary", "fond", "dismissive", "doubtful", "adamant",
            "angry", "furious", "outraged", "alarmed", "troubled", "uneasy", "enthusiastic", "grateful",
            "opposed", "satisfied", "unconvinced", "unsure", "uncertain", "aware"}) {
            CUES.put(adj, new Cue(adj, OBJECT | ADJECTIVE));
        }
    }

    /** Attitude verbs whose subject is part of the content and that name no source ("seemed to"). */
    static final Set<String> SEEM = set("seem", "seems", "seemed", "appear", "appears", "appeared", "expected");

    /** Abbreviations whose period does not end a sentence (lower case, without the period). */
    static final Set<String> ABBREVIATIONS = set("mr", "mrs", "ms", "dr", "sen", "rep", "reps", "gov", "gen",
            "lt", "col", "sgt", "capt", "st", "jr", "sr", "prof", "rev", "no", "vs", "inc", "corp", "co", "ltd",
            "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "d.c", "sens", "govs", "gens", "atty");

    /** First words of a short sentence lead-in ("In an email,", "On Monday,") that is not reported content. */
    static final Set<String> LEAD_INS = set("in", "on", "at", "after", "before", "during", "now", "then", "but",
            "and", "however", "meanwhile", "still", "yet", "also", "earlier", "later", "today", "yesterday", "last",
            "this", "for", "since", "instead", "again", "moreover", "indeed", "so", "separately", "privately",
            "publicly", "overall", "specifically", "similarly", "likewise", "there", "here", "by", "from", "with",
            "speaking", "writing", "asked", "when", "while", "as", "under", "without", "despite", "though",
            "although", "once", "previously", "recently", "ultimately", "finally", "first", "second", "third");

    /** Speech verbs that headlines capitalise: "Clinton Says Russians Hacked DNC". */
    static final Set<String> HEADLINE_CUES = set("says", "said", "tells", "told", "warns", "claims", "urges",
            "admits", "denies", "vows", "asks", "insists", "argues", "predicts", "suggests", "thinks", "believes",
            "wants", "calls", "slams", "blasts", "rips", "accuses", "praises", "defends", "rejects", "dismisses",
            "explains", "reveals", "questions", "touts", "promises", "pledges", "demands", "hints", "concedes");

    /** What may follow an attitude adjective and open its content. */
    static final Set<String> ADJECTIVE_OPENERS = set("that", "about", "of", "over", "with", "to", "by", "for",
            "whether", "on");

    /** Words opening an embedded question: "know which nominee", "wonder whether". */
    static final Set<String> QUESTION_WORDS = set("which", "how", "what", "whether", "why", "who", "when", "where",
            "if");

    /** Possessive determiners: the possessor of a noun cue is its source ("his claim that"). */
    static final Set<String> POSSESSIVES = set("his", "her", "their", "its", "our", "my", "your");

    /**
     * Nouns of saying, thinking and wanting, with the words that may follow them and open their content:
     * "the claim that ...", "a refusal to ...", "criticism of ...". Lower case.
     */
    static final Map<String, Set<String>> NOUN_CUES = new HashMap<>();

    private static void nouns(Set<String> next, String... forms) {
        for (String f : forms) {
            NOUN_CUES.put(f, next);
        }
    }

    static {
        Set<String> that = set("that");
        nouns(that, "claim", "claims", "allegation", "allegations", "assertion", "assertions", "argument",
                "belief", "beliefs", "view", "idea", "notion", "insistence", "suggestion", "suggestions",
                "assurance", "assurances", "warning", "warnings", "admission", "acknowledgment", "acknowledgement",
                "denial", "accusation", "accusations", "complaint", "complaints", "speculation", "rumor", "rumors",
                "rumour", "rumours", "recognition", "conviction", "impression", "expectation", "expectations",
                "prediction", "predictions", "theory", "perception", "realization", "contention",
                "conclusion", "finding", "findings", "announcement", "remark", "comment", "comments",
                "charge", "charges", "prediction", "confidence", "worry", "worries", "hope", "hopes", "fear",
                "fears", "concern", "concerns", "doubt", "doubts", "opinion");
        Set<String> to = set("to");
        nouns(to, "decision", "refusal", "plan", "plans", "threat", "threats",
                "pledge", "promise", "promises", "vow", "intention", "willingness", "reluctance", "desire", "wish",
                "determination", "proposal", "offer", "invitation", "urging");
        nouns(set("of"), "criticism", "criticisms", "endorsement", "praise", "condemnation", "denunciation",
                "critique", "defense", "defence", "rejection", "characterization", "description", "portrayal",
                "dismissal", "embrace");
        nouns(set("for"), "support", "calls", "call", "praise", "demand", "demands", "plea", "pleas", "enthusiasm", "admiration", "sympathy", "contempt", "disdain", "affection", "backing", "preference");
        nouns(set("to", "of"), "opposition", "commitment", "objection", "objections", "reference", "references",
                "allusion");
        nouns(set("on", "against"), "attacks", "assault", "assaults", "broadside", "broadsides");
        nouns(set("about", "over"), "questions", "concerns", "doubts", "fears", "worries", "complaints", "anxiety",
                "anxieties", "comments", "warnings", "skepticism", "optimism", "pessimism", "unease",
                "frustration", "anger", "outrage", "confusion");
        // some nouns take more than one opener
        NOUN_CUES.put("concerns", set("that", "about", "over"));
        NOUN_CUES.put("concern", set("that", "about", "over"));
        NOUN_CUES.put("doubts", set("that", "about", "over"));
        NOUN_CUES.put("fears", set("that", "about", "over", "of"));
        NOUN_CUES.put("worries", set("that", "about", "over"));
        NOUN_CUES.put("complaints", set("that", "about", "over"));
        NOUN_CUES.put("comments", set("that", "about", "on"));
                NOUN_CUES.put("warnings", set("that", "about", "of"));
        NOUN_CUES.put("view", set("that"));
                NOUN_CUES.put("praise", set("for", "of"));
        NOUN_CUES.put("promise", set("to", "that", "of"));
        NOUN_CUES.put("pledge", set("to", "that"));
        NOUN_CUES.put("vow", set("to", "that"));
        NOUN_CUES.put("threat", set("to", "that"));
        NOUN_CUES.put("call", set("for", "to"));
        NOUN_CUES.put("calls", set("for", "to"));
        NOUN_CUES.put("demand", set("for", "that"));
        NOUN_CUES.put("demands", set("for", "that"));
        NOUN_CUES.put("hopes", set("that", "of", "for"));
        NOUN_CUES.put("hope", set("that", "of", "for"));
    }

    /** Auxiliaries and forms of "be" and "have": a finite verb follows a subject. */
    static final Set<String> AUXILIARIES = set("is", "was", "are", "were", "has", "have", "had", "will", "would",
            "could", "should", "can", "may", "might", "must", "did", "does", "do");

    /** Common irregular past tenses. */
    static final Set<String> IRREGULAR_PAST = set("spent", "made", "took", "gave", "got", "went", "came", "won",
            "lost", "began", "led", "ran", "put", "sent", "paid", "built", "held", "left", "kept", "brought",
            "bought", "met", "set", "became", "saw", "sought", "said", "told", "wrote", "knew", "thought", "felt",
            "drew", "found", "struck", "fell", "rose", "grew", "drove", "hit", "cost", "meant", "stood", "caught");

    static final Set<String> PERSONAL_PRONOUNS = set("he", "she", "they", "we", "i", "it", "you", "who");

    static final Set<String> OBJECT_WORDS = set("him", "her", "them", "me", "us", "you", "reporters",
            "journalists", "supporters", "voters", "lawmakers", "congress", "senators", "members", "listeners",
            "viewers", "readers", "interviewers", "audiences", "crowd", "press", "media", "everyone", "people");

    /** Words that may stand between a subject and its verb ("he has also said"). */
    static final Set<String> SKIPPABLE = set("has", "have", "had", "is", "was", "were", "are", "be", "been",
            "will", "would", "could", "should", "may", "might", "can", "did", "does", "do", "also", "later",
            "previously", "earlier", "then", "once", "recently", "repeatedly", "again", "often", "long", "just",
            "never", "always", "already", "still", "even", "only", "not", "n't", "first", "too", "quickly",
            "simply", "later", "further", "immediately", "now", "who", "initially", "flatly", "frequently", "however",
            "reportedly", "allegedly", "apparently", "actually", "herself", "himself", "themselves", "itself",
            "ultimately", "finally", "similarly", "separately", "likewise", "privately", "publicly", "openly");

    /** Words that never belong to a subject noun phrase. */
    static final Set<String> NP_BOUNDARY = set("that", "which", "and", "but", "or", "if", "when", "while",
            "as", "because", "so", "than", "where", "after", "before", "since", "though", "although", "to", "is",
            "was", "were", "are", "be", "been", "has", "have", "had", "will", "would", "could", "should", "may",
            "might", "can", "did", "does", "do", "not", "said", "says", "say", "told", "what", "whether", "also",
            "yet", "then", "there", "it's", "its", "in", "on", "at", "by", "with", "from", "into", "about",
            "over", "under", "during", "against", "without", "for", "about", "once", "however", "meanwhile",
            "instead", "why", "how", "even", "just", "only", "still", "now", "here", "this", "these", "those");

    static final Set<String> DETERMINERS = set("the", "a", "an", "his", "her", "their", "its", "our", "my",
            "your", "this", "that", "these", "those", "some", "many", "several", "two", "three", "other", "no",
            "any", "each", "every", "both", "more", "most", "such", "all", "few", "conference", "phone");

    /** Heads of anonymous sources. */
    static final Set<String> ANONYMOUS_HEADS = set("source", "sources", "official", "officials", "analyst",
            "analysts", "expert", "experts", "observer", "observers", "critic", "critics", "aide", "aides",
            "people", "person", "diplomat", "diplomats", "insider", "insiders", "spokesman", "spokeswoman",
            "spokesperson", "witness", "witnesses", "resident", "residents", "voter", "voters", "supporters",
            "opponents", "economists", "economist", "investigators", "investigator", "lawmakers", "lawmaker",
            "strategists", "strategist", "advisers", "adviser", "advisors", "advisor", "staffers", "democrats",
            "republicans", "activists", "scientists", "researchers", "polls", "poll", "reports", "report",
            "others", "some", "many", "observers", "leaders", "members", "allies", "commentators");

    /** Role words marking an office holder. */
    static final Set<String> OFFICIAL_ROLES = set("president", "presidential", "minister", "secretary",
            "aide", "aides", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "senator", "sen",
            "sen.", "rep", "rep.", "representative", "governor", "gov", "gov.", "mayor", "ambassador", "envoy",
            "general", "gen.", "commander", "chancellor", "premier", "prime", "king", "queen", "prince",
            "lawmaker", "lawmakers", "congressman", "congresswoman", "chairman", "chairwoman", "chair", "leader",
            "diplomat", "diplomats", "administration", "ministry", "government", "white", "kremlin", "pentagon",
            "nominee", "candidate", "speaker", "deputy", "director", "chief", "attorney", "counsel", "police",
            "military", "army", "sheikh", "foreign", "defense", "defence", "state", "campaign", "manager",
            "adviser", "advisor", "strategist", "mp", "delegate", "delegates", "party");
    static final Set<String> EXPERT_ROLES = set("analyst", "analysts", "expert", "experts", "professor",
            "economist", "economists", "researcher", "researchers", "scientist", "scientists", "scholar",
            "historian", "pollster", "institute", "university", "poll", "polls", "study", "survey", "think");
    static final Set<String> MEDIA_ROLES = set("reporter", "journalist", "correspondent", "newspaper",
            "editor", "columnist", "anchor", "host", "magazine", "network", "agency", "outlet", "media", "news",
            "times", "post", "journal", "tv", "television", "broadcaster");
    static final Set<String> CITIZEN_ROLES = set("resident", "residents", "voter", "voters", "witness",
            "witnesses", "citizen", "citizens", "protester", "protesters", "worker", "workers", "student",
            "students", "mother", "father", "parent", "parents", "supporter", "supporters", "attendee",
            "attendees", "neighbor", "neighbour", "owner", "farmer", "people");

    /** Words that make a capitalised name an organisation. */
    static final Set<String> ORG_WORDS = set("party", "ministry", "committee", "council", "post", "times",
            "news", "agency", "department", "house", "kremlin", "pentagon", "campaign", "union", "association",
            "institute", "university", "foundation", "corp", "inc", "network", "court", "congress", "senate",
            "administration", "government", "office", "commission", "bureau", "service", "journal", "group",
            "company", "bank", "fund", "organization", "organisation", "center", "centre", "council", "army",
            "police", "cnn", "reuters", "afp", "ap", "bbc", "nbc", "abc", "cbs", "fox", "msnbc", "irgc", "nato",
            "un", "eu", "fbi", "cia", "dnc", "rnc", "gop", "tass", "xinhua", "press", "tribune", "herald",
            "guardian", "telegraph", "daily", "magazine", "radio", "tv", "channel", "forces", "assembly",
            "parliament", "cabinet", "embassy", "board", "authority", "authorities", "hezbollah", "hamas");

    /** Titles before a person's name. */
    static final Set<String> TITLES = set("president", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.",
            "sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor", "secretary", "minister", "prime",
            "gen", "gen.", "general", "sheikh", "pope", "king", "queen", "prince", "mayor", "ambassador", "judge",
            "justice", "chancellor", "premier", "chairman", "chairwoman", "speaker", "leader", "vice", "former",
            "defense", "defence", "foreign", "state", "us", "u.s.", "press", "deputy", "chief", "director",
            "professor", "prof", "prof.", "lt", "col", "capt", "adm", "rev", "rev.", "sir", "lord", "lady",
            "attorney", "candidate", "nominee", "democratic", "republican", "presidential", "aide", "envoy",
            "spokesman", "spokeswoman", "commander", "house", "white", "senate", "national", "security",
            "adviser", "advisor", "special", "top", "supreme", "russian", "american", "ukrainian", "iranian",
            "israeli", "chinese", "british", "french", "german", "turkish", "hungarian", "syrian", "lebanese",
            "palestinian", "saudi", "indian", "pakistani", "european", "mp", "ceo", "founder");

    static final Set<String> MALE_WORDS = set("mr", "mr.", "he", "him", "his", "congressman", "chairman",
            "spokesman", "king", "prince", "father", "husband", "son", "brother", "sir", "lord", "sheikh", "pope");
    static final Set<String> FEMALE_WORDS = set("mrs", "mrs.", "ms", "ms.", "she", "her", "congresswoman",
            "chairwoman", "spokeswoman", "queen", "princess", "mother", "wife", "daughter", "sister", "lady");

    static final Set<String> MALE_NAMES = set("donald", "joe", "barack", "bill", "bernie", "mike", "michael",
            "john", "james", "robert", "william", "david", "richard", "thomas", "charles", "george", "paul", "mark",
            "steven", "stephen", "kevin", "brian", "jeff", "jeffrey", "tim", "timothy", "ted", "marco", "chris",
            "christopher", "rand", "ben", "jeb", "vladimir", "yury", "yuri", "sergei", "sergey", "dmitry",
            "volodymyr", "emmanuel", "xi", "recep", "viktor", "benjamin", "pete", "peter", "rudy", "newt", "paul",
            "reince", "sean", "steve", "corey", "kellyanne", "eric", "jared", "mitch", "chuck", "harry", "nancy",
            "tom", "jim", "andrew", "anthony", "daniel", "matthew", "jason", "ryan", "gary", "larry", "frank",
            "scott", "dan", "ron", "ronald", "jack", "henry", "kim", "jon", "jonathan", "marco", "lindsey",
            "mohammed", "muhammad", "ali", "hassan", "naim", "abbas", "ahmed", "keir", "boris", "rishi", "olaf",
            "justin", "narendra", "antony", "lloyd", "hunter", "jd", "marco", "howard", "dick", "al", "fred");
    static final Set<String> FEMALE_NAMES = set("hillary", "nancy", "elizabeth", "kamala", "sarah", "mary",
            "patricia", "jennifer", "linda", "barbara", "susan", "jessica", "karen", "lisa", "michelle", "melania",
            "ivanka", "chelsea", "debbie", "donna", "huma", "jill", "kellyanne", "hope", "sarah", "nikki", "carly",
            "angela", "theresa", "ursula", "giorgia", "liz", "amy", "maria", "anna", "ann", "anne", "katie", "kate",
            "emily", "laura", "julia", "claire", "marine", "marjorie", "tulsi", "elise", "kristi", "pam", "susie",
            "condoleezza", "madeleine", "samantha", "janet", "christine", "margaret", "diane", "dianne");

    /** Agencies recognised in credits and datelines, with their normalised names. */
    static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("reuters", "Reuters"),
            Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("tass", "TASS"),
            Map.entry("xinhua", "Xinhua"), Map.entry("ians", "IANS"), Map.entry("pti", "PTI"), Map.entry("ani", "ANI"),
            Map.entry("dpa", "dpa"), Map.entry("efe", "EFE"), Map.entry("ria novosti", "RIA Novosti"),
            Map.entry("upi", "UPI"), Map.entry("bloomberg", "Bloomberg"), Map.entry("agencies", "Agencies"),
            Map.entry("wire services", "Agencies"), Map.entry("ansa", "ANSA"), Map.entry("kyodo", "Kyodo"),
            Map.entry("yonhap", "Yonhap"), Map.entry("irna", "IRNA"), Map.entry("wafa", "WAFA"),
            Map.entry("anadolu", "Anadolu"), Map.entry("sputnik", "Sputnik"));

    /** Nationality adjectives and country names to the country they mean. */
    static final Map<String, String> COUNTRIES = Map.ofEntries(
            Map.entry("us", "US"), Map.entry("u.s.", "US"), Map.entry("american", "US"), Map.entry("america", "US"),
            Map.entry("united", "US"), Map.entry("washington", "US"), Map.entry("russian", "Russia"),
            Map.entry("russia", "Russia"), Map.entry("moscow", "Russia"), Map.entry("ukrainian", "Ukraine"),
            Map.entry("ukraine", "Ukraine"), Map.entry("kyiv", "Ukraine"), Map.entry("kiev", "Ukraine"),
            Map.entry("iranian", "Iran"), Map.entry("iran", "Iran"), Map.entry("tehran", "Iran"),
            Map.entry("israeli", "Israel"), Map.entry("israel", "Israel"), Map.entry("chinese", "China"),
            Map.entry("china", "China"), Map.entry("beijing", "China"), Map.entry("british", "UK"),
            Map.entry("uk", "UK"), Map.entry("london", "UK"), Map.entry("french", "France"),
            Map.entry("france", "France"), Map.entry("paris", "France"), Map.entry("german", "Germany"),
            Map.entry("germany", "Germany"), Map.entry("berlin", "Germany"), Map.entry("turkish", "Turkey"),
            Map.entry("turkey", "Turkey"), Map.entry("ankara", "Turkey"), Map.entry("hungarian", "Hungary"),
            Map.entry("hungary", "Hungary"), Map.entry("budapest", "Hungary"), Map.entry("syrian", "Syria"),
            Map.entry("syria", "Syria"), Map.entry("lebanese", "Lebanon"), Map.entry("lebanon", "Lebanon"),
            Map.entry("palestinian", "Palestine"), Map.entry("saudi", "Saudi Arabia"), Map.entry("indian", "India"),
            Map.entry("india", "India"), Map.entry("pakistani", "Pakistan"), Map.entry("pakistan", "Pakistan"),
            Map.entry("european", "EU"), Map.entry("eu", "EU"), Map.entry("brussels", "EU"),
            Map.entry("iraqi", "Iraq"), Map.entry("iraq", "Iraq"), Map.entry("egyptian", "Egypt"),
            Map.entry("japanese", "Japan"), Map.entry("korean", "Korea"), Map.entry("canadian", "Canada"),
            Map.entry("mexican", "Mexico"), Map.entry("venezuelan", "Venezuela"), Map.entry("qatari", "Qatar"),
            Map.entry("emirati", "UAE"), Map.entry("yemeni", "Yemen"), Map.entry("afghan", "Afghanistan"),
            Map.entry("polish", "Poland"), Map.entry("italian", "Italy"), Map.entry("spanish", "Spain"));
}
