package dev.tessera.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodesCheckTest {

    private static final String SOURCE = "Click \uE400Save\uE800 now.\uE001";
    private final CodesCheck check = new CodesCheck();

    @Test
    void theSameCodesInAnyPlaceAreClean() {
        assertThat(issues("\uE001Cliquez \uE400Enregistrer\uE800.")).isEmpty();
        assertThat(issues("No codes at all", "No codes either")).isEmpty();
    }

    @Test
    void missingExtraAndDisorderedCodesAreReported() {
        assertThat(issues("Cliquez \uE400Enregistrer."))
                .containsExactly(
                        "The target lacks the inline code </1>; put it where it belongs.",
                        "The target lacks the inline code <2/>; put it where it belongs.");
        assertThat(issues("Cliquez \uE400Enregistrer\uE800.\uE001\uE001"))
                .containsExactly("The inline code <2/> is in the target more than in the source; remove it.");
        assertThat(issues("Cliquez \uE800Enregistrer\uE400.\uE001"))
                .singleElement()
                .asString()
                .contains("out of order");
    }

    private java.util.List<String> issues(String target) {
        return issues(SOURCE, target);
    }

    private java.util.List<String> issues(String source, String target) {
        return check.findIssues(source, target, "en", "fr", CheckContext.NONE);
    }
}
