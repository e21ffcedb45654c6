package dev.tessera.segmentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    private static final Segmenter EN = Segmenter.forLanguage("en");

    private static List<String> en(String text) {
        return EN.sentences(text);
    }

    @Nested
    class Abbreviations {

        @Test
        void titlesAndLatinAbbreviationsDoNotEndSentences() {
            assertThat(en("Dr. Smith met Mr. Jones, e.g. at the bank, i.e. downtown."))
                    .containsExactly("Dr. Smith met Mr. Jones, e.g. at the bank, i.e. downtown.");
        }

        @Test
        void usInsideAndAtTheEndOfASentence() {
            assertThat(en("I work for the U.S. Government in Virginia.")).hasSize(1);
            assertThat(en("I have lived in the U.S. for 20 years.")).hasSize(1);
            assertThat(en("I live in the U.S. How about you?")).containsExactly("I live in the U.S.", "How about you?");
        }

        @Test
        void companyAbbreviationEndsASentenceBeforeASentenceStarter() {
            assertThat(en("They closed the deal with Pitt, Briggs & Co. at noon."))
                    .hasSize(1);
            assertThat(en("They closed the deal with Pitt, Briggs & Co. It closed yesterday."))
                    .containsExactly("They closed the deal with Pitt, Briggs & Co.", "It closed yesterday.");
        }

        @Test
        void abbreviationBeforeANumber() {
            assertThat(en("Please turn to p. 55. He is no. 5 on the list."))
                    .containsExactly("Please turn to p. 55.", "He is no. 5 on the list.");
        }
    }

    @Test
    void decimals() {
        assertThat(en("The rate rose to 3.75 percent. It was 0.5 before."))
                .containsExactly("The rate rose to 3.75 percent.", "It was 0.5 before.");
    }

    @Test
    void money() {
        assertThat(en("She has $100.00 in her bag.")).hasSize(1);
        assertThat(en("She has $100.00. It is in her bag.")).containsExactly("She has $100.00.", "It is in her bag.");
    }

    @Test
    void times() {
        assertThat(en("Published: Oct 02, 2021 07:05 PM")).containsExactly("Published: Oct 02, 2021 07:05 PM");
        assertThat(en("He left at 6 p.m. Travelers who stayed left at 7 P.M. on foot."))
                .containsExactly("He left at 6 p.m.", "Travelers who stayed left at 7 P.M. on foot.");
        assertThat(en("At 5 a.m. Mr. Smith went to the bank.")).hasSize(1);
    }

    @Test
    void initials() {
        assertThat(en("My name is Jonas E. Smith. I went to J.C. Penney."))
                .containsExactly("My name is Jonas E. Smith.", "I went to J.C. Penney.");
        assertThat(en("We make a good team, you and I. Did you see Albert I. Jones yesterday?"))
                .containsExactly("We make a good team, you and I.", "Did you see Albert I. Jones yesterday?");
        assertThat(en("Don't split strings like U. S. A. either.")).hasSize(1);
    }

    @Test
    void quotations() {
        assertThat(en("She turned to him, \"This is great.\" she said.")).hasSize(1);
        assertThat(en("She turned to him, \u201CThis is great.\u201D She held the book out to show him."))
                .containsExactly("She turned to him, \u201CThis is great.\u201D", "She held the book out to show him.");
        assertThat(en("He said \"Stop. Now.\" and left.")).containsExactly("He said \"Stop. Now.\" and left.");
        assertThat(en("He teaches science (He previously worked as an engineer.) at the local University."))
                .hasSize(1);
    }

    @Test
    void possessiveApostropheIsNoQuotation() {
        assertThat(en("It uses the US' dependence on it. That 'trick' works."))
                .containsExactly("It uses the US' dependence on it.", "That 'trick' works.");
    }

    @Test
    void ellipses() {
        assertThat(en("I never meant that.... She left the store."))
                .containsExactly("I never meant that....", "She left the store.");
        assertThat(en("I wasn\u2019t really ... well, what I mean...see . . . what I'm saying."))
                .hasSize(1);
        assertThat(en("He talks slowly\u2026 And this is another sentence."))
                .containsExactly("He talks slowly\u2026", "And this is another sentence.");
    }

    @Test
    void urls() {
        assertThat(en("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out."))
                .containsExactly(
                        "The site is: https://www.example.50.com/new-site/awesome_content.html.",
                        "Please check it out.");
        assertThat(en("www.testurl.Awesome.com")).containsExactly("www.testurl.Awesome.com");
    }

    @Test
    void emailAddresses() {
        assertThat(en("Her email is Jane.Doe@example.com. I sent her an email."))
                .containsExactly("Her email is Jane.Doe@example.com.", "I sent her an email.");
        assertThat(en("Write to the Institute. opinion@globaltimes.com.cn"))
                .containsExactly("Write to the Institute.", "opinion@globaltimes.com.cn");
    }

    @Test
    void domains() {
        assertThat(en("File photo:81.cn")).containsExactly("File photo:81.cn");
        assertThat(en("See xinhuanet.com for more. It is Chinese."))
                .containsExactly("See xinhuanet.com for more.", "It is Chinese.");
    }

    @Test
    void sentencesWithoutSpaceBetween() {
        assertThat(en("Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."))
                .containsExactly("Hello world.", "Today is Tuesday.", "Mr. Smith bought 1,000.", "That is a lot.");
        assertThat(en("This is a sentence.Isn't it?Yes, it is."))
                .containsExactly("This is a sentence.", "Isn't it?", "Yes, it is.");
    }

    @Test
    void listsInsideALine() {
        assertThat(en("1. The first item 2. The second item"))
                .containsExactly("1. The first item", "2. The second item");
        assertThat(en("As payment for 1. above, and for 2. above, no fee is paid."))
                .hasSize(1);
    }

    @Test
    void linesWithoutFinalPunctuation() {
        assertThat(en("features\ncontact manager\nevents, activities\n"))
                .containsExactly("features", "contact manager", "events, activities");
    }

    @Test
    void everyKindOfLineBreakEndsASegment() {
        assertThat(en("a\nb\r\nc\rd\u2028e\u2029f\u0085g")).containsExactly("a", "b", "c", "d", "e", "f", "g");
        assertThat(en("It was a cold \nnight in the city.")).containsExactly("It was a cold", "night in the city.");
    }

    @Test
    void blankLinesProduceNothingAndParagraphsCountNonEmptyLines() {
        List<SourceSegment> segments = EN.segmentDocument("\n  \nFirst line.\n\n \t\nSecond. Third.\r\n\r\n");
        assertThat(segments).extracting(SourceSegment::position).containsExactly(1, 2, 3);
        assertThat(segments).extracting(SourceSegment::paragraph).containsExactly(1, 2, 2);
        assertThat(segments).extracting(SourceSegment::text).containsExactly("First line.", "Second.", "Third.");
        assertThat(EN.segmentDocument(" \n\t\n")).isEmpty();
        assertThat(EN.segmentDocument("")).isEmpty();
    }

    @Test
    void offsetsPointIntoTheDocumentAndExcludeSurroundingWhitespace() {
        String text = "  \uD83D\uDE00 Hi there.\u00A0 \uD83D\uDC4B Bye \uD83D\uDE00.  \nNext\u00A0";
        List<SourceSegment> segments = EN.segmentDocument(text);
        assertThat(segments)
                .extracting(SourceSegment::text)
                .containsExactly("\uD83D\uDE00 Hi there.", "\uD83D\uDC4B Bye \uD83D\uDE00.", "Next");
        for (SourceSegment s : segments) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(segments.get(0).start()).isEqualTo(2);
        assertThat(segments.get(1).start()).isEqualTo(text.indexOf("\uD83D\uDC4B"));
    }

    @Test
    void chinese() {
        Segmenter zh = Segmenter.forLanguage("zh-Hans");
        assertThat(zh.sentences("我们明天一起去看《摔跤吧！爸爸》好吗？好！")).containsExactly("我们明天一起去看《摔跤吧！爸爸》好吗？", "好！");
        assertThat(zh.sentences("他说：\u201C我来了。\u201D她走了。价格是3.5元。"))
                .containsExactly("他说：\u201C我来了。\u201D", "她走了。", "价格是3.5元。");
        assertThat(zh.sentences("「我們走吧。」他說。")).containsExactly("「我們走吧。」", "他說。");
    }

    @Test
    void urdu() {
        assertThat(Segmenter.forLanguage("ur").sentences("کیا حال ہے؟ ميرا نام ___ ەے۔ میں حالا تاوان دےدوں؟"))
                .containsExactly("کیا حال ہے؟", "ميرا نام ___ ەے۔", "میں حالا تاوان دےدوں؟");
    }

    @Test
    void arabic() {
        Segmenter ar = Segmenter.forLanguage("ar");
        assertThat(ar.sentences("هذا نص. هل هذا نص آخر؟ نعم! بتكلفة 7.9 مليارات يورو."))
                .containsExactly("هذا نص.", "هل هذا نص آخر؟", "نعم!", "بتكلفة 7.9 مليارات يورو.");
        assertThat(ar.sentences("وقال د\u202A.\u202C ديفيد ريدي إنها كانت تعاني من أمراض أخرى."))
                .hasSize(1);
    }

    @Test
    void languageTagsShareRulesAndUnknownLanguagesGetGenericRules() {
        assertThat(Segmenter.forLanguage("zh-Hans")).isSameAs(Segmenter.forLanguage("zh"));
        assertThat(Segmenter.forLanguage("en-US")).isSameAs(EN);
        assertThat(Segmenter.forLanguage("tlh").sentences("Hello there. Bye.")).containsExactly("Hello there.", "Bye.");
        assertThat(Segmenter.forLanguage("").sentences("One. Two.")).containsExactly("One.", "Two.");
    }

    @Test
    void sameResultOnManyThreads() throws Exception {
        String text = demoArticleText() + "\n" + "He said \"Stop. Now.\" and left at 6 p.m. Then (see p. 5.) he ran.";
        List<SourceSegment> expected = EN.segmentDocument(text);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<SourceSegment>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Segmenter.forLanguage("en").segmentDocument(text)));
            }
            for (Future<List<SourceSegment>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        }
    }

    private static String demoArticleText() throws IOException {
        return Files.readString(Path.of("translations/china-pakistan/source/000_3f756b0bd05c4f32.txt"));
    }

    @Test
    void demoArticle() throws IOException {
        String text = demoArticleText();
        List<SourceSegment> segments = EN.segmentDocument(text);

        assertThat(segments).hasSize(39);
        assertThat(segments.getLast().paragraph()).isEqualTo(14);
        assertThat(segments)
                .allSatisfy(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
        assertThat(segments)
                .extracting(SourceSegment::text)
                .startsWith(
                        "Why is it essential for China, Pakistan to enhance coordination against terrorists, safeguard regional"
                                + " stability",
                        "Published: Oct 02, 2021 07:05 PM",
                        "Soldiers from China and Pakistan prepare to conduct assault during a joint anti-terrorism training.",
                        "File photo:81.cn");
        assertThat(segments)
                .extracting(SourceSegment::text)
                .contains(
                        "India also has the ambition to achieve its goal of becoming a global power through the Indo-Pacific"
                                + " strategy of the US and attempts to use the US' dependence on it to implement Hindu"
                                + " nationalist policies at home and in the region.",
                        "This is unfavorable to Afghanistan and its close neighbors, including China and Pakistan.",
                        "The 10th Joint Coordination Committee (JCC) meeting of CPEC has been held, and a new IT working group"
                                + " has been established, which will bolster CPEC.");
        assertThat(segments.getLast().text()).isEqualTo("opinion@globaltimes.com.cn");
    }

    @Test
    void aProjectsOwnAbbreviationKeepsItsSentenceWhole() {
        String text = "Amb. Smith arrived in Islamabad. He met the minister.";
        assertThat(Segmenter.forLanguage("en").sentences(text))
                .containsExactly("Amb.", "Smith arrived in Islamabad.", "He met the minister.");
        assertThat(Segmenter.forLanguage("en")
                        .withAbbreviations(java.util.List.of("amb"))
                        .sentences(text))
                .containsExactly("Amb. Smith arrived in Islamabad.", "He met the minister.");
        assertThat(Segmenter.forLanguage("en").sentences(text))
                .as("the language's own rules are unchanged")
                .hasSize(3);
    }

    @Test
    void inlineCodesAfterASentenceEndStayWithTheSentence() {
        // U+E400/U+E800 open and close a bold run, U+E001 is a footnote reference (Tessera's inline code markers).
        String text = "China's \uE400CPEC\uE800 projects are at the heart of it.\uE001 Read more in the \uE402Global"
                + " Times.\uE802 \uE403It\uE803 grew.";

        assertThat(Segmenter.forLanguage("en").sentences(text))
                .containsExactly(
                        "China's \uE400CPEC\uE800 projects are at the heart of it.\uE001",
                        "Read more in the \uE402Global Times.\uE802",
                        "\uE403It\uE803 grew.");
    }
}
