package dev.tessera.memory.editor;

import dev.tessera.memory.ConcordanceService;
import dev.tessera.translation.editor.EditorExtension;
import dev.tessera.translation.editor.EditorTab;
import dev.tessera.translation.editor.EditorTabContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Adds the Concordance tab to every editor. */
@Component
@Order(2)
class ConcordanceExtension implements EditorExtension {

    private final ConcordanceService concordance;

    ConcordanceExtension(ConcordanceService concordance) {
        this.concordance = concordance;
    }

    @Override
    public EditorTab open(EditorTabContext context) {
        return new ConcordanceTab(context, concordance);
    }
}
