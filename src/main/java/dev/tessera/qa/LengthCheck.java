package dev.tessera.qa;

import java.util.List;
import java.util.Map;

/**
 * {@code qa.length}: the target is far shorter or longer than the source. Each language has a typical
 * length relative to English in characters (Chinese and Japanese 0.3–0.6, Urdu and Arabic 0.8–1.3,
 * French 1.0–1.4, …); the expected range for a pair is the target's range over the source's, and a
 * target is reported outside half the lower bound or twice the upper. Unknown languages are expected
 * at 0.5–2.0 of the source. Sources under 10 characters are not checked.
 */
public final class LengthCheck implements QaCheck {

    public static final String NAME = "qa.length";

    static final int MIN_SOURCE_LENGTH = 10;

    /** Typical length relative to English: {min, max}. */
    private static final Map<String, double[]> RELATIVE_TO_ENGLISH = Map.ofEntries(
            Map.entry("en", new double[] {1.0, 1.0}),
            Map.entry("zh", new double[] {0.3, 0.6}),
            Map.entry("ja", new double[] {0.3, 0.6}),
            Map.entry("ko", new double[] {0.4, 0.8}),
            Map.entry("ur", new double[] {0.8, 1.3}),
            Map.entry("ar", new double[] {0.8, 1.3}),
            Map.entry("fa", new double[] {0.8, 1.3}),
            Map.entry("he", new double[] {0.7, 1.1}),
            Map.entry("hi", new double[] {0.9, 1.3}),
            Map.entry("fr", new double[] {1.0, 1.4}),
            Map.entry("es", new double[] {1.0, 1.35}),
            Map.entry("it", new double[] {1.0, 1.35}),
            Map.entry("pt", new double[] {1.0, 1.35}),
            Map.entry("de", new double[] {1.0, 1.4}),
            Map.entry("nl", new double[] {1.0, 1.35}),
            Map.entry("ru", new double[] {0.9, 1.3}));

    private static final double[] DEFAULT_RATIO = {0.5, 2.0};

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
        int sourceLength = Texts.length(Texts.strip(source));
        if (sourceLength < MIN_SOURCE_LENGTH) {
            return List.of();
        }
        int targetLength = Texts.length(Texts.strip(target));
        double[] expected = expectedRatio(Texts.language(sourceLocale), Texts.language(targetLocale));
        double ratio = (double) targetLength / sourceLength;
        if (ratio < expected[0] / 2) {
            return List.of(QaMessage.of(
                    "length.short",
                    "The target is much shorter than the source (" + targetLength + " against " + sourceLength
                            + " characters); check that nothing is left out.",
                    targetLength,
                    sourceLength));
        }
        if (ratio > expected[1] * 2) {
            return List.of(QaMessage.of(
                    "length.long",
                    "The target is much longer than the source (" + targetLength + " against " + sourceLength
                            + " characters); check for additions or repeated text.",
                    targetLength,
                    sourceLength));
        }
        return List.of();
    }

    /** The expected target/source length ratio {min, max} for a language pair. */
    static double[] expectedRatio(String sourceLanguage, String targetLanguage) {
        if (!sourceLanguage.isEmpty() && sourceLanguage.equals(targetLanguage)) {
            return new double[] {1.0, 1.0};
        }
        double[] t = RELATIVE_TO_ENGLISH.get(targetLanguage);
        if (t == null) {
            return DEFAULT_RATIO;
        }
        double[] s = RELATIVE_TO_ENGLISH.getOrDefault(sourceLanguage, new double[] {1.0, 1.0});
        return new double[] {t[0] / s[1], t[1] / s[0]};
    }
}
