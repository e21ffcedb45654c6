package dev.tessera.translation;

/** The translation after a write, and how many repetitions of its source received it as a draft. */
public record SaveResult(String target, TranslationStatus status, int version, int propagated) {

    static SaveResult of(TranslationState state, int propagated) {
        return new SaveResult(state.target(), state.status(), state.version(), propagated);
    }

    public TranslationState state() {
        return new TranslationState(target, status, version);
    }
}
