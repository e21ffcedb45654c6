package dev.tessera.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code qa.inconsistent}: the same source text is translated differently elsewhere in the project
 * ({@link CheckContext#otherTargetsOfSameSource()}); renderings are compared after trimming, and blank ones
 * (untranslated elsewhere) are ignored. One message per different rendering.
 */
public final class InconsistentCheck implements QaCheck {

    public static final String NAME = "qa.inconsistent";

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
        if (Texts.isBlank(target) || context == null) {
            return List.of();
        }
        String mine = Texts.strip(target);
        Set<String> others = new LinkedHashSet<>();
        for (String other : context.otherTargetsOfSameSource()) {
            if (!Texts.isBlank(other) && !Texts.strip(other).equals(mine)) {
                others.add(Texts.strip(other));
            }
        }
        List<QaMessage> messages = new ArrayList<>(others.size());
        for (String other : others) {
            messages.add(QaMessage.of(
                    "inconsistent",
                    "The same source is translated elsewhere as " + Texts.quote(other)
                            + "; use one translation for both.",
                    Texts.quote(other)));
        }
        return messages;
    }
}
