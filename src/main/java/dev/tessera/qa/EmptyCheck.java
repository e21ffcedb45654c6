package dev.tessera.qa;

import java.util.List;

/** {@code qa.empty}: the target has no visible text. The caller decides when it applies (confirmed segments). */
public final class EmptyCheck implements QaCheck {

    public static final String NAME = "qa.empty";

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
        if (Texts.isBlank(target)) {
            return List.of(QaMessage.of("empty", "The target is empty; write the translation."));
        }
        return List.of();
    }
}
