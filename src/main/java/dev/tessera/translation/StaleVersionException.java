package dev.tessera.translation;

import dev.tessera.shared.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Someone changed the translation since the writer read it (409); the body carries the current one. */
public class StaleVersionException extends ApiException {

    private final TranslationState current;

    public StaleVersionException(TranslationState current) {
        super(
                HttpStatus.CONFLICT,
                "stale_version",
                "Someone changed the segment since you read it; the current"
                        + " translation is version " + current.version()
                        + ". Compare with \"current\" and send your change again with that version.",
                Map.of("current", current));
        this.current = current;
        text("translation.stale-version", current.version());
    }

    public TranslationState current() {
        return current;
    }
}
