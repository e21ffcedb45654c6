package dev.tessera.glossary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo project's glossary ({@code glossary/china-pakistan.tbx}) as a term base, concepts numbered from 1. */
final class DemoGlossary {

    private DemoGlossary() {}

    /** @param withFirstUse whether the concepts keep their first-use rules (CPEC, JCC, ETIM have one) */
    static TermBase terms(boolean withFirstUse) {
        try (InputStream in = Files.newInputStream(Path.of("glossary", "china-pakistan.tbx"))) {
            List<GlossaryTerm> all = new ArrayList<>();
            long id = 0;
            for (ParsedConcept concept : TbxReader.read(in).concepts()) {
                id++;
                for (ParsedTerm term : concept.terms()) {
                    all.add(new GlossaryTerm(
                            id,
                            term.locale(),
                            term.text(),
                            term.status(),
                            Term.isAcronym(term.text()),
                            term.partOfSpeech(),
                            concept.doNotTranslate(),
                            withFirstUse ? concept.firstUse() : null));
                }
            }
            return new TermBase("en", all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
