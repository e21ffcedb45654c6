package dev.tessera.translation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The source sentences that occur more than once among a set of documents (a project's). A document's sources
 * change only when its segments are joined or split ({@link #forget}), so the answer is kept per set of documents:
 * importing or deleting one makes a new key. Most
 * sentences occur once, and their writes then skip the searches for repetitions and same-source translations.
 */
@Component
public class RepeatedSources {

    private final TranslationRepository translations;
    private final Map<List<Long>, Set<String>> known = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Long>, Set<String>> eldest) {
            return size() > 200;
        }
    };

    RepeatedSources(TranslationRepository translations) {
        this.translations = translations;
    }

    /** Whether the source occurs more than once among the documents. */
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public boolean isRepeated(List<Long> documentIds, String source) {
        return in(documentIds).contains(source);
    }

    /** The document's segments were joined or split: what was known of the sets holding it is forgotten. */
    public void forget(long documentId) {
        synchronized (known) {
            known.keySet().removeIf(key -> key.contains(documentId));
        }
    }

    Set<String> in(List<Long> documentIds) {
        List<Long> key = documentIds.stream().sorted().toList();
        synchronized (known) {
            Set<String> repeated = known.get(key);
            if (repeated != null) {
                return repeated;
            }
        }
        Set<String> repeated = key.isEmpty() ? Set.of() : Set.copyOf(translations.repeatedSources(key));
        synchronized (known) {
            known.put(key, repeated);
        }
        return repeated;
    }
}
