package dev.tessera.proofing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tessera.qa.Proofreader.Mark;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The recall figure: French translations written for this test, each with one seeded error (agreement, a
 * participle after avoir, a misspelled common word, a missing or wrong space, « » spacing, a doubled word, a wrong
 * elision, a confusion), proofread with LanguageTool really running, the source beside them and no glossary. An error
 * counts as caught when a mark of the check that judges it (spelling, grammar or typography; style is off by default)
 * covers it. Correct sentences beside them must give no mark at all. Prints the misses.
 */
class SeededErrorsTest {

    private static final Proofreading PROOFREADING = new Proofreading(Checkers.shared());
    private static final Set<LanguageCheck> DEFAULT_CHECKS = EnumSet.complementOf(EnumSet.of(LanguageCheck.STYLE));

    private static final LanguageCheck SPELLING = LanguageCheck.SPELLING;
    private static final LanguageCheck GRAMMAR = LanguageCheck.GRAMMAR;
    private static final LanguageCheck TYPOGRAPHY = LanguageCheck.TYPOGRAPHY;

    /**
     * A translation with one seeded error: {@code error} is the erroneous text as it stands in the target (its first
     * occurrence), {@code check} the check that must report it.
     */
    private record Seed(String kind, LanguageCheck check, String error, String source, String target) {}

    private static final List<Seed> SEEDS = List.of(
            // noun and adjective agreement
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "sanitaire",
                    "Pakistan's health authorities have tightened controls.",
                    "Les autorités sanitaire du Pakistan ont renforcé les contrôles."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "nouveaux hôpital",
                    "The new hospitals in Lahore are taking in patients.",
                    "Les nouveaux hôpital de Lahore accueillent des patients."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "Cette accord",
                    "This trade agreement was signed in Beijing.",
                    "Cette accord commercial a été signé à Pékin."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "sanitaire",
                    "The health measures were lifted yesterday.",
                    "Les mesures sanitaire ont été levées hier."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "précis",
                    "The government published precise data on the epidemic.",
                    "Le gouvernement a publié des données précis sur l'épidémie."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "chinois",
                    "The Chinese delegation arrived in Karachi.",
                    "La délégation chinois est arrivée à Karachi."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "efficace",
                    "Effective vaccines were delivered to Pakistan.",
                    "Des vaccins efficace ont été livrés au Pakistan."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "fermé",
                    "The borders will remain closed until further notice.",
                    "Les frontières resteront fermé jusqu'à nouvel ordre."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "lancé",
                    "A large vaccination campaign was launched in Karachi.",
                    "Une vaste campagne de vaccination a été lancé à Karachi."),
            new Seed(
                    "agreement",
                    GRAMMAR,
                    "bilatérale",
                    "Bilateral relations between China and Pakistan are growing stronger.",
                    "Les relations bilatérale entre la Chine et le Pakistan se renforcent."),
            // a participle after avoir
            new Seed(
                    "participle after avoir",
                    GRAMMAR,
                    "apporter",
                    "The experts brought their help to the hospitals of Peshawar.",
                    "Les experts ont apporter leur aide aux hôpitaux de Peshawar."),
            new Seed(
                    "participle after avoir",
                    GRAMMAR,
                    "publier",
                    "The ministry published a new report on tuberculosis.",
                    "Le ministère a publier un nouveau rapport sur la tuberculose."),
            new Seed(
                    "participle after avoir",
                    GRAMMAR,
                    "terminer",
                    "The translators finished the French version of the guide.",
                    "Les traducteurs ont terminer la version française du guide."),
            new Seed(
                    "participle after avoir",
                    GRAMMAR,
                    "envoyer",
                    "China sent medical teams to Pakistan.",
                    "La Chine a envoyer des équipes médicales au Pakistan."),
            new Seed(
                    "participle after avoir",
                    GRAMMAR,
                    "signer",
                    "The two ministers signed the health protocol.",
                    "Les deux ministres ont signer le protocole sanitaire."),
            // a misspelled common word
            new Seed(
                    "misspelling",
                    SPELLING,
                    "gouvernment",
                    "The Pakistani government announced new measures.",
                    "Le gouvernment pakistanais a annoncé de nouvelles mesures."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "hopitaux",
                    "Hospitals in Lahore are short of beds.",
                    "Les hopitaux de Lahore manquent de lits."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "vacination",
                    "The vaccination of children will start on Monday.",
                    "La vacination des enfants commencera lundi."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "erreures",
                    "The translator corrected several errors in the text.",
                    "Le traducteur a corrigé plusieurs erreures dans le texte."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "économiqe",
                    "The two countries are strengthening their economic cooperation.",
                    "Les deux pays renforcent leur coopération économiqe."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "traitemant",
                    "The doctor prescribed a treatment for the fever.",
                    "Le médecin a prescrit un traitemant contre la fièvre."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "enquète",
                    "The results of the survey will be published tomorrow.",
                    "Les résultats de l'enquète seront publiés demain."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "rapidemment",
                    "The virus is spreading quickly in the province.",
                    "Le virus se propage rapidemment dans la province."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "symptomes",
                    "Symptoms appear after five days.",
                    "Les symptomes apparaissent après cinq jours."),
            new Seed(
                    "misspelling",
                    SPELLING,
                    "apres",
                    "The quarantine was lifted after two weeks.",
                    "La quarantaine a été levée apres deux semaines."),
            // a missing space before : ; ! ?
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "clair:",
                    "The minister was clear: the borders remain open.",
                    "Le ministre a été clair: les frontières restent ouvertes."),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "fièvre?",
                    "Do you have a fever?",
                    "Avez-vous de la fièvre?"),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "patients!",
                    "What good news for the patients!",
                    "Quelle bonne nouvelle pour les patients!"),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "masques;",
                    "Hospitals are short of masks; so are clinics.",
                    "Les hôpitaux manquent de masques; les cliniques aussi."),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "concernées:",
                    "Three cities are affected: Lahore, Karachi and Quetta.",
                    "Trois villes sont concernées: Lahore, Karachi et Quetta."),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "retard?",
                    "Why has the corridor been delayed?",
                    "Pourquoi le corridor a-t-il pris du retard?"),
            new Seed(
                    "missing space before a mark",
                    TYPOGRAPHY,
                    "enfants?",
                    "How can children be protected?",
                    "Comment protéger les enfants?"),
            new Seed("missing space before a mark", TYPOGRAPHY, "vous!", "Stay at home!", "Restez chez vous!"),
            // a wrong space: before a comma, doubled
            new Seed(
                    "wrong space",
                    TYPOGRAPHY,
                    " ,",
                    "The project, financed by China, is moving fast.",
                    "Le projet , financé par la Chine, avance vite."),
            new Seed(
                    "wrong space",
                    TYPOGRAPHY,
                    "  ",
                    "The two countries signed a health agreement.",
                    "Les deux pays ont signé  un accord sanitaire."),
            new Seed(
                    "wrong space",
                    TYPOGRAPHY,
                    " ,",
                    "The meeting took place in Beijing, then in Islamabad.",
                    "La réunion a eu lieu à Pékin , puis à Islamabad."),
            new Seed(
                    "wrong space",
                    TYPOGRAPHY,
                    "  ",
                    "The final report will be translated into Urdu.",
                    "Le rapport  final sera traduit en ourdou."),
            new Seed(
                    "wrong space",
                    TYPOGRAPHY,
                    "  ",
                    "China and Pakistan are cooperating in the fight against the virus.",
                    "La Chine et le Pakistan  coopèrent dans la lutte contre le virus."),
            // « » spacing
            new Seed(
                    "« » spacing",
                    TYPOGRAPHY,
                    "soie»",
                    "The press calls the project the \"Silk Road\".",
                    "Le projet est appelé «\u00a0Route de la soie» par la presse."),
            new Seed(
                    "« » spacing",
                    TYPOGRAPHY,
                    "«amitié",
                    "There is talk of an \"iron friendship\" between the two countries.",
                    "On parle d'une «amitié de fer\u00a0» entre les deux pays."),
            new Seed(
                    "« » spacing",
                    TYPOGRAPHY,
                    "«corridor»",
                    "The word \"corridor\" comes up often in the report.",
                    "Le mot «corridor» revient souvent dans le rapport."),
            new Seed(
                    "« » spacing",
                    TYPOGRAPHY,
                    "tous»",
                    "The slogan \"Health for all\" was translated into Urdu.",
                    "Le slogan «\u00a0Santé pour tous» a été traduit en ourdou."),
            // a doubled word
            new Seed(
                    "doubled word",
                    TYPOGRAPHY,
                    "le le",
                    "The minister opened the new hospital.",
                    "Le ministre a inauguré le le nouvel hôpital."),
            new Seed(
                    "doubled word",
                    TYPOGRAPHY,
                    "été été",
                    "The patients were transferred to Rawalpindi.",
                    "Les patients ont été été transférés à Rawalpindi."),
            new Seed(
                    "doubled word",
                    TYPOGRAPHY,
                    "est est",
                    "The translation of the report is finished.",
                    "La traduction du rapport est est terminée."),
            new Seed(
                    "doubled word",
                    TYPOGRAPHY,
                    "sont sont",
                    "The Chinese vaccines arrived yesterday.",
                    "Les vaccins chinois sont sont arrivés hier."),
            // a wrong elision
            new Seed(
                    "elision",
                    GRAMMAR,
                    "Le avion",
                    "The plane carrying the vaccines landed in Islamabad.",
                    "Le avion transportant les vaccins a atterri à Islamabad."),
            new Seed(
                    "elision",
                    GRAMMAR,
                    "de eau",
                    "The workers are short of drinking water.",
                    "Les ouvriers manquent de eau potable."),
            new Seed(
                    "elision",
                    GRAMMAR,
                    "La équipe",
                    "The medical team arrived yesterday.",
                    "La équipe médicale est arrivée hier."),
            new Seed(
                    "elision",
                    GRAMMAR,
                    "Le accord",
                    "The agreement was signed by both countries.",
                    "Le accord a été signé par les deux pays."),
            new Seed(
                    "elision",
                    GRAMMAR,
                    "Le hôpital",
                    "The field hospital was set up in two days.",
                    "Le hôpital de campagne a été monté en deux jours."),
            new Seed(
                    "elision",
                    GRAMMAR,
                    "de infirmières",
                    "He arrived in Lahore with a team of nurses.",
                    "Il est arrivé à Lahore avec une équipe de infirmières."),
            // a confusion (a/à, ou/où, son/sont; LanguageTool 6.6 caught none of the ces/ses confusions tried)
            new Seed(
                    "confusion a/à",
                    GRAMMAR,
                    "a Karachi",
                    "The vaccine was delivered to Karachi.",
                    "Le vaccin a été livré a Karachi."),
            new Seed("confusion a/à", GRAMMAR, "à", "He received a dose of vaccine.", "Il à reçu une dose de vaccin."),
            new Seed(
                    "confusion a/à",
                    GRAMMAR,
                    "a l'hôpital",
                    "They went to the hospital.",
                    "Ils sont partis a l'hôpital."),
            new Seed(
                    "confusion a/à",
                    GRAMMAR,
                    "à reçu",
                    "Pakistan received a million doses.",
                    "Le Pakistan à reçu un million de doses."),
            new Seed(
                    "confusion ou/où",
                    GRAMMAR,
                    "ou le virus",
                    "The city where the virus appeared is under quarantine.",
                    "La ville ou le virus est apparu est en quarantaine."),
            new Seed(
                    "confusion ou/où",
                    GRAMMAR,
                    "Ou",
                    "Where is the nearest testing centre?",
                    "Ou se trouve le centre de dépistage le plus proche\u00a0?"),
            new Seed(
                    "confusion son/sont",
                    GRAMMAR,
                    "son",
                    "The doctors are very tired.",
                    "Les médecins son très fatigués."),
            new Seed(
                    "confusion son/sont",
                    GRAMMAR,
                    "son",
                    "The results are encouraging, according to the ministry.",
                    "Les résultats son encourageants selon le ministère."));

    /** Correct translations (French spacing with no-break spaces), which must give no mark. */
    private static final List<String[]> CORRECT = List.of(
            new String[] {
                "The China-Pakistan Economic Corridor links Kashgar to the port of Gwadar.",
                "Le corridor économique Chine-Pakistan relie Kashgar au port de Gwadar."
            },
            new String[] {
                "The two governments signed an agreement on public health.",
                "Les deux gouvernements ont signé un accord sur la santé publique."
            },
            new String[] {"Have you had a fever since yesterday?", "Avez-vous de la fièvre depuis hier\u00a0?"},
            new String[] {
                "The minister recalled it: vaccination remains free.",
                "Le ministre l'a rappelé\u00a0: la vaccination reste gratuite."
            },
            new String[] {
                "Hospitals in Lahore have received new ventilators.",
                "Les hôpitaux de Lahore ont reçu de nouveaux respirateurs."
            },
            new String[] {
                "The French translation of the report will be published next week.",
                "La traduction française du rapport sera publiée la semaine prochaine."
            },
            new String[] {
                "Health authorities recommend washing hands often.",
                "Les autorités sanitaires recommandent de se laver les mains souvent."
            },
            new String[] {
                "There is talk of an \"iron friendship\" between the two countries.",
                "On parle d'une «\u00a0amitié de fer\u00a0» entre les deux pays."
            },
            new String[] {"What good news for the patients!", "Quelle bonne nouvelle pour les patients\u00a0!"},
            new String[] {
                "The Chinese medical teams arrived in Islamabad on Tuesday.",
                "Les équipes médicales chinoises sont arrivées à Islamabad mardi."
            },
            new String[] {
                "The translator corrected his own notes before sending them.",
                "Le traducteur a corrigé ses propres notes avant de les envoyer."
            },
            new String[] {
                "Masks are running short; clinics are ordering more.",
                "Les masques manquent\u00a0; les cliniques en commandent davantage."
            },
            new String[] {
                "The Prime Minister went to Beijing to discuss the economic corridor.",
                "Le Premier ministre s'est rendu à Pékin pour discuter du corridor économique."
            },
            new String[] {
                "Patients with a cough must wear a mask in the waiting room.",
                "Les patients qui toussent doivent porter un masque dans la salle d'attente."
            });

    @Test
    void catchesNineInTenSeededErrorsEachByTheRightCheck() {
        List<String> misses = new ArrayList<>();
        int caught = 0;
        for (Seed seed : SEEDS) {
            int start = seed.target().indexOf(seed.error());
            assertThat(start).as(seed.target()).isNotNegative();
            int end = start + seed.error().length();
            List<Mark> marks =
                    PROOFREADING.proofread(seed.source(), seed.target(), "fr", List.of(), List.of(), DEFAULT_CHECKS);
            boolean hit = marks.stream()
                    .anyMatch(m -> m.check().equals(seed.check().checkName())
                            && m.message().span().start() < end
                            && start < m.message().span().end());
            if (hit) {
                caught++;
            } else {
                misses.add(String.format(
                        Locale.ROOT,
                        "| %-28s | %-15s | %-16s | %s | %s |",
                        seed.kind(),
                        seed.check().checkName(),
                        seed.error().replace(' ', '·'),
                        marks.isEmpty() ? "nothing" : describe(seed.target(), marks),
                        seed.target()));
            }
        }
        double recall = (double) caught / SEEDS.size();
        System.out.printf(
                Locale.ROOT,
                "Seeded errors caught by the right check: %d of %d (%.1f%%)%n",
                caught,
                SEEDS.size(),
                100 * recall);
        if (!misses.isEmpty()) {
            System.out.println(
                    "| kind                         | expected        | error            | marks instead | target |");
            misses.forEach(System.out::println);
        }
        assertThat(SEEDS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(recall).as("recall; misses:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void correctSentencesGiveNoMark() {
        List<String> flagged = new ArrayList<>();
        for (String[] pair : CORRECT) {
            List<Mark> marks = PROOFREADING.proofread(pair[0], pair[1], "fr", List.of(), List.of(), DEFAULT_CHECKS);
            if (!marks.isEmpty()) {
                flagged.add(pair[1] + " → " + describe(pair[1], marks));
            }
        }
        assertThat(CORRECT).hasSizeGreaterThanOrEqualTo(10);
        assertThat(flagged).as("correct sentences flagged").isEmpty();
    }

    private static String describe(String target, List<Mark> marks) {
        return String.join(
                "; ",
                marks.stream()
                        .map(m -> m.check() + " \""
                                + target.substring(
                                        m.message().span().start(),
                                        m.message().span().end()) + "\"")
                        .toList());
    }
}
