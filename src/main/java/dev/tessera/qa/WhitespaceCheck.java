package dev.tessera.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code qa.whitespace}: leading and trailing whitespace as in the source (present or absent), and no
 * doubled spaces in the target that the source does not have. Any kind of space counts (no-break,
 * narrow no-break, ideographic), so a French no-break space before "!" is a single space.
 */
public final class WhitespaceCheck implements QaCheck {

    public static final String NAME = "qa.whitespace";

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
        List<QaMessage> messages = new ArrayList<>();
        boolean sourceLeads = leads(source);
        boolean targetLeads = leads(target);
        if (sourceLeads && !targetLeads) {
            messages.add(QaMessage.of(
                    "whitespace.leading-missing",
                    "The source starts with whitespace; add it at the start of the target."));
        } else if (!sourceLeads && targetLeads) {
            messages.add(QaMessage.of("whitespace.leading-extra", "Remove the whitespace at the start of the target."));
        }
        boolean sourceTrails = trails(source);
        boolean targetTrails = trails(target);
        if (sourceTrails && !targetTrails) {
            messages.add(QaMessage.of(
                    "whitespace.trailing-missing",
                    "The source ends with whitespace; add it at the end of the target."));
        } else if (!sourceTrails && targetTrails) {
            messages.add(QaMessage.of("whitespace.trailing-extra", "Remove the whitespace at the end of the target."));
        }
        int doubledInTarget = doubledSpaces(Texts.strip(target));
        if (doubledInTarget > doubledSpaces(Texts.strip(source))) {
            messages.add(QaMessage.of(
                    "whitespace.doubled",
                    doubledInTarget == 1
                            ? "Replace the doubled space in the target with a single space."
                            : "Replace the " + doubledInTarget + " doubled spaces in the target with single spaces.",
                    doubledInTarget));
        }
        return messages;
    }

    private static boolean leads(String text) {
        return !text.isEmpty() && Texts.isSpace(text.codePointAt(0));
    }

    private static boolean trails(String text) {
        return !text.isEmpty() && Texts.isSpace(text.codePointBefore(text.length()));
    }

    /** The number of runs of two or more spaces (line breaks and tabs are not spaces here). */
    static int doubledSpaces(String text) {
        int runs = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSpaceChar(c)) {
                run++;
                if (run == 2) {
                    runs++;
                }
            } else {
                run = 0;
            }
        }
        return runs;
    }
}
