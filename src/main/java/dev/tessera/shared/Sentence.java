package dev.tessera.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A sentence of a report (an import's warnings and refusals): the API and logs read its English, the screens read
 * its bundle key with the values in the page's language. In JSON it is the English string alone.
 */
public record Sentence(@JsonValue String english, String key, List<Object> values) {

    public Sentence {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** A sentence whose screens' text is {@code key} in the bundles, with {@code values}. */
    public static Sentence keyed(String key, String english, Object... values) {
        return new Sentence(english, key, Arrays.asList(values));
    }

    /** What a refusal says: its bundle text when it has one, else its code's. */
    public static Sentence of(ApiException refusal) {
        return refusal.textKey() == null
                ? new Sentence(refusal.getMessage(), null, List.of())
                : keyed("problem." + refusal.textKey(), refusal.getMessage(), refusal.textValues());
    }

    /** The text in the current page's language (the English when it has no key). */
    public String shown() {
        return key == null ? english : I18NProvider.translate(key, values.toArray());
    }

    @Override
    public String toString() {
        return english;
    }
}
