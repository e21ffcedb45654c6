package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.qa.DocumentCheck;
import dev.tessera.qa.DocumentCheck.Segment.Stage;
import dev.tessera.qa.QaMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks over whole documents on the demo glossary: first mentions written out, terms rendered one way. */
class DocumentTermChecksTest {

    private static TermBase terms;

    @BeforeAll
    static void readDemoGlossary() {
        terms = DemoGlossary.terms(true);
    }

    private static DocumentCheck.Segment confirmed(int position, String source, String target) {
        return new DocumentCheck.Segment(position * 10L, position, source, target, Stage.CONFIRMED);
    }

    private static DocumentCheck.Segment untranslated(int position, String source) {
        return new DocumentCheck.Segment(position * 10L, position, source, null, Stage.NONE);
    }

    private static Map<Long, List<QaMessage>> run(String check, String locale, DocumentCheck.Segment... segments) {
        DocumentCheck found = DocumentTermChecks.over(terms).stream()
                .filter(c -> c.name().equals(check))
                .findFirst()
                .orElseThrow();
        return found.documentMessages(List.of(segments), "en", locale);
    }

    private static List<String> texts(Map<Long, List<QaMessage>> messages, long segmentId) {
        return messages.getOrDefault(segmentId, List.of()).stream()
                .map(QaMessage::text)
                .toList();
    }

    @Test
    void theDemoGlossaryAsksCpecJccAndEtimToBeWrittenOut() {
        assertThat(terms.uses("CPEC, the JCC and ETIM", null, "fr"))
                .extracting(TermBase.ConceptUse::firstUse)
                .containsExactly(FirstUse.EXPAND_WITH_SHORT, FirstUse.EXPAND, FirstUse.EXPAND_WITH_SHORT);
        assertThat(terms.fullForm(terms.uses("CPEC", null, "fr").getFirst().conceptId(), "fr"))
                .isEqualTo("corridor économique Chine-Pakistan");
    }

    @Test
    void theFirstMentionMustBeWrittenOutWithItsShortFormAndLaterOnesMayBeShort() {
        Map<Long, List<QaMessage>> clean = run(
                DocumentTermChecks.FIRST_MENTION,
                "fr",
                confirmed(
                        1,
                        "The CPEC is a flagship.",
                        "Le corridor économique Chine-Pakistan (CECP) est un projet phare."),
                confirmed(2, "CPEC projects grew.", "Les projets du CECP ont progressé."));
        assertThat(clean).isEmpty();

        Map<Long, List<QaMessage>> shortFirst = run(
                DocumentTermChecks.FIRST_MENTION,
                "fr",
                confirmed(1, "The CPEC is a flagship.", "Le CECP est un projet phare."),
                confirmed(2, "CPEC projects grew.", "Les projets du CECP ont progressé."));
        assertThat(texts(shortFirst, 10))
                .containsExactly("CPEC is mentioned here for the first time in the document: write it out as"
                        + " \u201Ccorridor économique Chine-Pakistan\u201D followed by CECP in brackets.");
        assertThat(shortFirst).doesNotContainKey(20L);
        assertThat(shortFirst.get(10L).getFirst().key()).isEqualTo("glossary.first-mention-short");

        Map<Long, List<QaMessage>> fullWithoutShort = run(
                DocumentTermChecks.FIRST_MENTION,
                "fr",
                confirmed(1, "The CPEC is a flagship.", "Le corridor économique Chine-Pakistan est un projet phare."));
        assertThat(texts(fullWithoutShort, 10)).singleElement().asString().contains("followed by CECP");
    }

    @Test
    void aConceptWithoutShortFormOrAskingForTheFullFormAloneNeedsOnlyTheFullForm() {
        assertThat(run(
                        DocumentTermChecks.FIRST_MENTION,
                        "zh-Hans",
                        confirmed(1, "The CPEC is a flagship.", "中巴经济走廊是旗舰项目。")))
                .isEmpty();
        assertThat(run(
                        DocumentTermChecks.FIRST_MENTION,
                        "zh-Hans",
                        confirmed(1, "The JCC met.", "联委会开会了。"),
                        confirmed(2, "The JCC met again.", "联合合作委员会再次开会。")))
                .containsOnlyKeys(10L)
                .extractingByKey(10L)
                .satisfies(messages -> assertThat(messages.getFirst().text())
                        .isEqualTo("JCC is mentioned here for the first time in the document: write it out as"
                                + " \u201C联合合作委员会\u201D."));
    }

    @Test
    void anUntranslatedFirstMentionIsStillTheFirstMention() {
        assertThat(run(
                        DocumentTermChecks.FIRST_MENTION,
                        "fr",
                        untranslated(1, "The CPEC is a flagship."),
                        confirmed(2, "CPEC projects grew.", "Les projets du CECP ont progressé.")))
                .isEmpty();
    }

    @Test
    void aGlossaryTermRenderedTwoWaysIsDriftOnEverySegmentConcerned() {
        Map<Long, List<QaMessage>> drift = run(
                DocumentTermChecks.DRIFT,
                "zh-Hans",
                confirmed(1, "Indo-Pacific strategy.", "印太战略。"),
                confirmed(2, "The Indo-Pacific region.", "印度洋—太平洋地区。"),
                confirmed(3, "Across the Indo-Pacific.", "整个印太。"));
        String expected = "Indo-Pacific is rendered 2 ways in this document: \u201C印太\u201D (#1, #3),"
                + " \u201C印度洋—太平洋\u201D (#2); use one.";
        assertThat(texts(drift, 10)).containsExactly(expected);
        assertThat(texts(drift, 20)).containsExactly(expected);
        assertThat(texts(drift, 30)).containsExactly(expected);
        assertThat(drift.get(10L).getFirst().key()).isEqualTo("glossary.drift");
    }

    @Test
    void oneRenderingIsNoDriftAndNorAreFirstUseConceptsOrDrafts() {
        assertThat(run(
                        DocumentTermChecks.DRIFT,
                        "zh-Hans",
                        confirmed(1, "Indo-Pacific strategy.", "印太战略。"),
                        new DocumentCheck.Segment(20, 2, "The Indo-Pacific region.", "印度洋—太平洋地区。", Stage.WRITTEN),
                        confirmed(3, "The JCC met.", "联合合作委员会开会了。"),
                        confirmed(4, "The JCC met again.", "联委会再次开会。")))
                .isEmpty();
    }

    @Test
    void anAcronymKeptInSomeTargetsAndTranslatedInOthersIsDrift() {
        Map<Long, List<QaMessage>> drift = run(
                DocumentTermChecks.DRIFT,
                "zh-Hans",
                confirmed(1, "The SCO summit ended.", "SCO峰会结束了。"),
                confirmed(2, "The SCO met in May.", "上合组织五月开会。"),
                confirmed(3, "The SCO met in June.", "SCO六月开会。"));
        assertThat(texts(drift, 20))
                .containsExactly("SCO is kept as it is in #1, #3 but translated in #2; choose one.");
        assertThat(drift).containsOnlyKeys(10L, 20L, 30L);
    }

    @Test
    void anAcronymWrittenOutBeforeItsShortFormIsIntroducedNotDrifting() {
        assertThat(run(
                        DocumentTermChecks.DRIFT,
                        "fr",
                        confirmed(1, "NATO leaders met.", "Les dirigeants de l'Alliance atlantique se sont réunis."),
                        confirmed(2, "NATO said no.", "L'OTAN a dit non."),
                        confirmed(3, "NATO agreed.", "L'OTAN a accepté.")))
                .isEmpty();
        Map<Long, List<QaMessage>> drift = run(
                DocumentTermChecks.DRIFT,
                "fr",
                confirmed(1, "NATO said no.", "L'OTAN a dit non."),
                confirmed(2, "NATO agreed.", "L'Alliance atlantique a accepté."),
                confirmed(3, "NATO and the US.", "L'OTAN et les USA."));
        assertThat(texts(drift, 20))
                .containsExactly("NATO is written \u201COTAN\u201D in #1 but spelled out in #2; choose one.");
        assertThat(drift).doesNotContainKey(30L).as("two new acronyms in #3: which one is NATO's cannot be told");
    }

    @Test
    void twoLocalAcronymsAreTwoRenderings() {
        Map<Long, List<QaMessage>> drift = run(
                DocumentTermChecks.DRIFT,
                "fr",
                confirmed(1, "NATO said no.", "L'OTAN a dit non."),
                confirmed(2, "NATO agreed.", "La NATO a accepté."));
        assertThat(texts(drift, 10))
                .containsExactly(
                        "NATO is rendered 2 ways in this document: \u201COTAN\u201D (#1), \u201CNATO\u201D (#2);"
                                + " use one.");
    }

    @Test
    void aNameKeptInTheSourceLanguageOnceAndTranslatedElsewhereIsDrift() {
        Map<Long, List<QaMessage>> drift = run(
                DocumentTermChecks.DRIFT,
                "fr",
                confirmed(1, "The Belt and Road Initiative grew.", "L'initiative la Ceinture et la Route a grandi."),
                confirmed(2, "The Belt and Road Initiative slowed.", "La Belt and Road Initiative a ralenti."),
                confirmed(3, "Gwadar Port opened.", "Le port de Gwadar a ouvert."),
                confirmed(4, "Gwadar Port closed.", "Le port de Gwadar a fermé."));
        assertThat(texts(drift, 10))
                .containsExactly("Belt and Road Initiative is kept as it is in #2 but translated in #1; choose one.");
        assertThat(drift).containsOnlyKeys(10L, 20L);
    }

    @Test
    void namesAndAcronymsAreFoundAsAReaderSeesThem() {
        assertThat(TermDrift.names("The Belt and Road Initiative and Prime Minister Imran Khan met in Gwadar."))
                .containsExactly("Belt and Road Initiative", "Prime Minister Imran Khan");
        assertThat(TermDrift.names("Chinese engineers arrived. In March, they left."))
                .isEmpty();
        assertThat(TermDrift.acronyms("The UN, NGOs, R&D, COVID-19 and World War II"))
                .containsExactly("UN", "NGO", "R&D", "COVID");
        assertThat(TermDrift.acronyms("BREAKING NEWS FROM THE UN SECURITY COUNCIL"))
                .isEmpty();
    }

    @Test
    void glossaryTermsAreNotFollowedAgainAsAcronymsOrNames() {
        assertThat(run(
                        DocumentTermChecks.DRIFT,
                        "fr",
                        confirmed(
                                1,
                                "The China-Pakistan Economic Corridor (CPEC) grew.",
                                "Le corridor économique Chine-Pakistan (CECP) a grandi."),
                        confirmed(2, "CPEC slowed.", "Le CPEC a ralenti."),
                        confirmed(3, "The Joint Coordination Committee met.", "Le Comité mixte de coopération."),
                        confirmed(4, "The Joint Coordination Committee left.", "Le Joint Coordination Committee.")))
                .isEmpty();
    }

    @Test
    void theShortFormAfterAFirstMentionIsNoAdmittedTermWarning() {
        assertThat(terms.check("The JCC met again.", "联委会再次开会。", "zh-Hans")).isEqualTo(TermBase.Verdict.CLEAN);
    }

    @Test
    void theScreensSayEachDocumentMessageAsTheCheckDoesInEnglishAndInEveryLanguage() {
        dev.tessera.ui.Messages messages = new dev.tessera.ui.Messages();
        List<Map<Long, List<QaMessage>>> found = List.of(
                run(DocumentTermChecks.FIRST_MENTION, "fr", confirmed(1, "The CPEC grew.", "Le CECP a grandi.")),
                run(DocumentTermChecks.FIRST_MENTION, "zh-Hans", confirmed(1, "The JCC met.", "联委会开会了。")),
                run(
                        DocumentTermChecks.DRIFT,
                        "fr",
                        confirmed(1, "NATO said no.", "L'OTAN a dit non."),
                        confirmed(2, "NATO agreed.", "L'Alliance atlantique a accepté."),
                        confirmed(3, "NATO left.", "La NATO est partie."),
                        confirmed(4, "The SCO met.", "L'OCS s'est réunie."),
                        confirmed(5, "The SCO left.", "L'Organisation de coopération de Shanghai est partie."),
                        confirmed(6, "Gwadar Port opened.", "Gwadar Port a ouvert."),
                        confirmed(7, "Gwadar Port closed.", "Le port de Gwadar a fermé.")),
                run(
                        DocumentTermChecks.DRIFT,
                        "zh-Hans",
                        confirmed(1, "Indo-Pacific strategy.", "印太战略。"),
                        confirmed(2, "The Indo-Pacific region.", "印度洋—太平洋地区。")));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (Map<Long, List<QaMessage>> bySegment : found) {
            for (List<QaMessage> list : bySegment.values()) {
                for (QaMessage message : list) {
                    keys.add(message.key());
                    for (dev.tessera.shared.UiLanguage language : dev.tessera.shared.UiLanguage.values()) {
                        String shown = messages.getTranslation(
                                "qa-message." + message.key(),
                                language.locale(),
                                QaMessage.values(message.args(), language.locale()));
                        if (language == dev.tessera.shared.UiLanguage.ENGLISH) {
                            assertThat(shown).isEqualTo(message.text());
                        } else {
                            assertThat(shown)
                                    .as("%s in %s", message.key(), language.tag())
                                    .doesNotStartWith("!");
                        }
                    }
                }
            }
        }
        assertThat(keys)
                .containsExactlyInAnyOrder(
                        "glossary.first-mention",
                        "glossary.first-mention-short",
                        "glossary.drift",
                        "glossary.drift-kept",
                        "glossary.drift-written-out");
    }
}
