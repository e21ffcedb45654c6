package dev.tessera.qa;

import dev.tessera.shared.CodeMarkers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code qa.codes}: the target carries the source's inline codes ({@link CodeMarkers}), each as often as the
 * source, none the source lacks, and paired ones in order and nested. Files of other tools need their codes back
 * to be usable, so this is an ERROR.
 */
public final class CodesCheck implements QaCheck {

    public static final String NAME = "qa.codes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public List<QaMessage> messages(
            String source, String target, String sourceLocale, String targetLocale, CheckContext context) {
        if (!CodeMarkers.hasMarkers(source) && !CodeMarkers.hasMarkers(target)) {
            return List.of();
        }
        Map<Character, Integer> inSource = count(source);
        Map<Character, Integer> inTarget = count(target);
        List<QaMessage> messages = new ArrayList<>();
        inSource.forEach((marker, times) -> {
            int missing = times - inTarget.getOrDefault(marker, 0);
            if (missing > 0) {
                messages.add(QaMessage.of(
                        "codes.missing",
                        "The target lacks the inline code " + CodeMarkers.tag(marker)
                                + (missing > 1 ? " " + missing + " times" : "") + "; put it where it belongs.",
                        CodeMarkers.tag(marker),
                        missing));
            }
        });
        inTarget.forEach((marker, times) -> {
            int extra = times - inSource.getOrDefault(marker, 0);
            if (extra > 0) {
                messages.add(QaMessage.of(
                        "codes.extra",
                        "The inline code " + CodeMarkers.tag(marker) + " is in the target"
                                + (extra > 1 ? " " + extra + " times" : "") + " more than in the source; remove it.",
                        CodeMarkers.tag(marker),
                        extra));
            }
        });
        if (messages.isEmpty() && !nested(target)) {
            messages.add(QaMessage.of(
                    "codes.order",
                    "The paired inline codes of the target are out of order; each <n> comes before its </n>,"
                            + " and pairs nest."));
        }
        return messages;
    }

    private static Map<Character, Integer> count(String text) {
        Map<Character, Integer> counts = new LinkedHashMap<>();
        for (int i = 0; i < text.length(); i++) {
            if (CodeMarkers.isMarker(text.charAt(i))) {
                counts.merge(text.charAt(i), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static boolean nested(String text) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CodeMarkers.isMarker(c)) {
                continue;
            }
            if (CodeMarkers.kind(c) == CodeMarkers.Kind.OPEN) {
                open.push(CodeMarkers.index(c));
            } else if (CodeMarkers.kind(c) == CodeMarkers.Kind.CLOSE
                    && (open.isEmpty() || open.pop() != CodeMarkers.index(c))) {
                return false;
            }
        }
        return open.isEmpty();
    }
}
