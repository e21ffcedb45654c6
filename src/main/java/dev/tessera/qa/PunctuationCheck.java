package dev.tessera.qa;

import java.util.List;

/**
 * {@code qa.punctuation}: the target ends with the same kind of end punctuation as the source, in any
 * script: full stop ({@code . 。 ۔ ． ।}), question mark ({@code ? ？ ؟}), exclamation mark ({@code ! ！}),
 * ellipsis ({@code … ...}). Trailing spaces, closing quotes and closing brackets are looked through.
 */
public final class PunctuationCheck implements QaCheck {

    public static final String NAME = "qa.punctuation";

    enum End {
        FULL_STOP("a full stop"),
        QUESTION("a question mark"),
        EXCLAMATION("an exclamation mark"),
        ELLIPSIS("an ellipsis"),
        NONE("no end punctuation");

        final String words;

        End(String words) {
            this.words = words;
        }
    }

    private static final String CLOSERS = ")]}）】》」』〉〕”’»›\"'";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        if (Texts.isBlank(target)) {
            return List.of();
        }
        End s = end(source);
        End t = end(target);
        if (s == t) {
            return List.of();
        }
        String lang = Texts.language(targetLocale);
        if (t == End.NONE) {
            return List.of(QaMessage.of(
                    "punctuation.missing",
                    "The source ends with " + s.words + "; end the target with \"" + mark(s, lang) + "\".",
                    s.name(),
                    mark(s, lang)));
        }
        if (s == End.NONE) {
            return List.of(QaMessage.of(
                    "punctuation.extra",
                    "The target ends with " + t.words + " but the source does not; remove it.",
                    t.name()));
        }
        return List.of(QaMessage.of(
                "punctuation.different",
                "The source ends with " + s.words + " but the target with " + t.words + "; use \"" + mark(s, lang)
                        + "\".",
                s.name(),
                t.name(),
                mark(s, lang)));
    }

    /** The kind of end punctuation of a text. */
    static End end(String text) {
        int i = text.length();
        while (i > 0) {
            int cp = text.codePointBefore(i);
            if (Texts.isSpace(cp) || Texts.isInvisible(cp) || CLOSERS.indexOf(cp) >= 0) {
                i -= Character.charCount(cp);
            } else {
                break;
            }
        }
        if (i == 0) {
            return End.NONE;
        }
        char c = text.charAt(i - 1);
        return switch (c) {
            case '…', '⋯' -> End.ELLIPSIS;
            case '.', '。', '۔', '．', '｡', '।' -> {
                if (c == '.' && i >= 3 && text.charAt(i - 2) == '.' && text.charAt(i - 3) == '.') {
                    yield End.ELLIPSIS;
                }
                if (c == '。' && i >= 3 && text.charAt(i - 2) == '。' && text.charAt(i - 3) == '。') {
                    yield End.ELLIPSIS;
                }
                yield End.FULL_STOP;
            }
            case '?', '？', '؟' -> End.QUESTION;
            case '!', '！' -> End.EXCLAMATION;
            default -> End.NONE;
        };
    }

    /** The mark the target language writes for a kind of end punctuation. */
    static String mark(End end, String language) {
        boolean cjk = language.equals("zh") || language.equals("ja");
        boolean urdu = language.equals("ur");
        boolean arabicScript = urdu || language.equals("ar") || language.equals("fa") || language.equals("ps");
        return switch (end) {
            case FULL_STOP -> cjk ? "。" : urdu ? "۔" : language.equals("hi") ? "।" : ".";
            case QUESTION -> cjk ? "？" : arabicScript ? "؟" : "?";
            case EXCLAMATION -> cjk ? "！" : "!";
            case ELLIPSIS -> cjk ? "……" : "…";
            case NONE -> "";
        };
    }
}
