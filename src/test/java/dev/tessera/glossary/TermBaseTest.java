package dev.tessera.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The glossary checks on the demo glossary, in each demo language. */
class TermBaseTest {

    private static TermBase terms;

    @BeforeAll
    static void readDemoGlossary() {
        terms = DemoGlossary.terms(false);
    }

    private static final String CPEC = "The CPEC is a flagship project.";

    @Test
    void preferredRenderingsPassInEveryLanguage() {
        assertThat(terms.check(CPEC, "中巴经济走廊是旗舰项目。", "zh-Hans")).isEqualTo(TermBase.Verdict.CLEAN);
        assertThat(terms.check(CPEC, "چین پاکستان اقتصادی راہداری ایک اہم منصوبہ ہے۔", "ur"))
                .isEqualTo(TermBase.Verdict.CLEAN);
        assertThat(terms.check(CPEC, "Le corridor économique Chine-Pakistan est un projet phare.", "fr"))
                .isEqualTo(TermBase.Verdict.CLEAN);
    }

    @Test
    void aMissingRenderingIsNamed() {
        TermBase.Verdict zh = terms.check(CPEC, "这是旗舰项目。", "zh-Hans");
        assertThat(zh.missing()).containsExactly("CPEC is not rendered as the glossary says: use 中巴经济走廊.");
        assertThat(terms.check(CPEC, "یہ ایک اہم منصوبہ ہے۔", "ur").missing())
                .singleElement()
                .asString()
                .startsWith("CPEC is not rendered")
                .contains("چین پاکستان اقتصادی راہداری or سی پیک");
        assertThat(terms.check(CPEC, "C'est un projet phare.", "fr").missing()).hasSize(1);
    }

    @Test
    void threeMentionsNeedThreeRenderings() {
        String source = "CPEC, CPEC and the China-Pakistan Economic Corridor.";
        assertThat(terms.check(source, "中巴经济走廊、中巴经济走廊和中巴经济走廊。", "zh-Hans").missing())
                .isEmpty();
        assertThat(terms.check(source, "中巴经济走廊和中巴经济走廊。", "zh-Hans").missing())
                .containsExactly(
                        "CPEC is in the source 3 times but its renderings are in the target 2 times: use 中巴经济走廊.");
    }

    @Test
    void forbiddenRenderingsAreErrorsAnywhere() {
        assertThat(terms.check(CPEC, "中巴走廊是旗舰项目。", "zh-Hans").forbidden())
                .containsExactly("\u201C中巴走廊\u201D is a forbidden rendering; use 中巴经济走廊.");
        assertThat(terms.check("Terrorists attacked.", "دہشتگرد نے حملہ کیا۔", "ur")
                        .forbidden())
                .hasSize(1);
        assertThat(terms.check("He went there.", "Il est allé à Kabul.", "fr").forbidden())
                .containsExactly("\u201CKabul\u201D is a forbidden rendering; use Kaboul.");
    }

    @Test
    void doNotTranslateTermsMustStayAsTheyAre() {
        String source = "AUKUS was signed.";
        assertThat(terms.check(source, "AUKUS已签署。", "zh-Hans").untranslatable()).isEmpty();
        assertThat(terms.check(source, "奥库斯已签署。", "zh-Hans").untranslatable())
                .containsExactly("AUKUS is not to be translated: keep it as it is.");
        assertThat(terms.check(source, "奥库斯已签署。", "zh-Hans").forbidden()).hasSize(1);
        assertThat(terms.check(source, "آکس پر دستخط ہوئے۔", "ur").untranslatable())
                .hasSize(1);
        assertThat(terms.check(source, "L'Aukus a été signé.", "fr").untranslatable())
                .hasSize(1);
        assertThat(terms.check(source, "L'AUKUS a été signé.", "fr")).isEqualTo(TermBase.Verdict.CLEAN);
    }

    @Test
    void anAdmittedRenderingIsAWarning() {
        TermBase.Verdict zh = terms.check("The JCC met.", "联委会开会了。", "zh-Hans");
        assertThat(zh.missing()).isEmpty();
        assertThat(zh.admitted())
                .containsExactly("\u201C联委会\u201D is admitted for JCC; the preferred rendering is 联合合作委员会.");
        assertThat(terms.check("The JCC met.", "جے سی سی کا اجلاس ہوا۔", "ur").admitted())
                .hasSize(1);
        assertThat(terms.check("The Quad met.", "Le Dialogue quadrilatéral pour la sécurité s'est réuni.", "fr")
                        .admitted())
                .hasSize(1);
    }

    @Test
    void urduRenderingsTypedWithArabicLettersCount() {
        // کمیٹی with Arabic kaf and yeh
        assertThat(terms.check("The JCC met.", "مشترکہ رابطہ كميٹي کا اجلاس ہوا۔", "ur"))
                .isEqualTo(TermBase.Verdict.CLEAN);
    }

    @Test
    void regionTaggedLocalesServeTheProjectLocale() {
        TermBase regional = new TermBase(
                "en",
                List.of(
                        new GlossaryTerm(1, "en-US", "corridor", TermStatus.PREFERRED, false, "noun", false),
                        new GlossaryTerm(1, "zh-CN", "走廊", TermStatus.PREFERRED, false, null, false),
                        new GlossaryTerm(1, "zh-TW", "走廊道", TermStatus.PREFERRED, false, null, false)));
        assertThat(regional.mentions("The corridors.", "zh-Hans"))
                .singleElement()
                .satisfies(m -> assertThat(m.renderings()).containsExactly("走廊"));
        assertThat(regional.mentions("The corridors.", "zh-Hant").getFirst().renderings())
                .containsExactly("走廊道");
    }

    @Test
    void mentionsCarryRenderingsPreferredFirstAndForbiddenOnes() {
        List<TermMention> mentions = terms.mentions("The Joint Coordination Committee and the JCC's chair.", "zh-Hans");
        assertThat(mentions).extracting(TermMention::text).containsExactly("Joint Coordination Committee", "JCC");
        assertThat(mentions.getFirst().start()).isEqualTo(4);
        assertThat(mentions.getFirst().end()).isEqualTo(32);
        assertThat(mentions.getFirst().renderings()).containsExactly("联合合作委员会", "联委会");
        assertThat(mentions.getFirst().forbidden()).containsExactly("联合协调委员会");
    }

    @Test
    void anEmptyTermBaseFindsNothing() {
        assertThat(TermBase.empty("en").check(CPEC, "x", "fr")).isEqualTo(TermBase.Verdict.CLEAN);
        assertThat(TermBase.empty("en").mentions(CPEC, "fr")).isEmpty();
    }

    @Test
    void theScreensSayEachGlossaryMessageAsTheCheckDoesInEnglishAndInEveryLanguage() {
        dev.tessera.ui.Messages messages = new dev.tessera.ui.Messages();
        List<TermBase.Verdict> verdicts = List.of(
                terms.check(CPEC, "这是旗舰项目。", "zh-Hans"),
                terms.check(CPEC, "یہ ایک اہم منصوبہ ہے۔", "ur"),
                terms.check("CPEC, CPEC and the China-Pakistan Economic Corridor.", "中巴经济走廊和中巴经济走廊。", "zh-Hans"),
                terms.check(CPEC, "中巴走廊是旗舰项目。", "zh-Hans"),
                terms.check("AUKUS was signed.", "奥库斯已签署。", "zh-Hans"),
                terms.check("AUKUS and AUKUS.", "AUKUS和奥库斯。", "zh-Hans"),
                terms.check("The JCC met.", "联委会开会了。", "zh-Hans"));
        java.util.Set<String> keys = new java.util.TreeSet<>();
        for (TermBase.Verdict verdict : verdicts) {
            for (List<dev.tessera.qa.QaMessage> list : List.of(
                    verdict.missingMessages(),
                    verdict.forbiddenMessages(),
                    verdict.untranslatableMessages(),
                    verdict.admittedMessages())) {
                for (dev.tessera.qa.QaMessage message : list) {
                    keys.add(message.key());
                    for (dev.tessera.shared.UiLanguage language : dev.tessera.shared.UiLanguage.values()) {
                        String shown = messages.getTranslation(
                                "qa-message." + message.key(),
                                language.locale(),
                                dev.tessera.qa.QaMessage.values(message.args(), language.locale()));
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
                        "glossary.missing",
                        "glossary.missing-times",
                        "glossary.forbidden-instead",
                        "glossary.untranslatable",
                        "glossary.untranslatable-times",
                        "glossary.admitted");
    }
}
