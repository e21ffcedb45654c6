package dev.tessera.proofing;

import dev.tessera.shared.CodeMarkers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.markup.AnnotatedTextBuilder;

/**
 * A target as LanguageTool reads it: inline codes are markup, not text (a bold run's start and end vanish, a
 * standalone code between two words reads as a space), and placeholders ({@code {0}}, {@code %s},
 * {@code {{name}}}, {@code ${x}}) read as a name. LanguageTool answers positions in the target as written.
 */
final class ProofText {

    static final Pattern PLACEHOLDER = Pattern.compile(
            "\\{\\{[^{}]{0,64}}}|\\$\\{[^{}]{0,64}}|\\{[\\p{Alnum}_.:,#-]{0,64}}|%(?:\\d+\\$)?[-+ #0]*\\d*(?:\\.\\d+)?[sdfiuxXeEgGc@]");

    private ProofText() {}

    static AnnotatedText of(String target) {
        AnnotatedTextBuilder text = new AnnotatedTextBuilder();
        StringBuilder plain = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(target);
        int nextPlaceholder = placeholder.find() ? placeholder.start() : -1;
        int i = 0;
        while (i < target.length()) {
            char c = target.charAt(i);
            if (i == nextPlaceholder) {
                flush(text, plain);
                text.addMarkup(placeholder.group(), "X");
                i = placeholder.end();
                nextPlaceholder = placeholder.find() ? placeholder.start() : -1;
            } else if (CodeMarkers.isMarker(c)) {
                flush(text, plain);
                boolean between = CodeMarkers.kind(c) == CodeMarkers.Kind.STANDALONE
                        && i > 0
                        && i + 1 < target.length()
                        && Character.isLetterOrDigit(target.charAt(i - 1))
                        && Character.isLetterOrDigit(target.charAt(i + 1));
                text.addMarkup(String.valueOf(c), between ? " " : "");
                i++;
            } else {
                plain.append(c);
                i++;
            }
        }
        flush(text, plain);
        return text.build();
    }

    private static void flush(AnnotatedTextBuilder text, StringBuilder plain) {
        if (!plain.isEmpty()) {
            text.addText(plain.toString());
            plain.setLength(0);
        }
    }
}
